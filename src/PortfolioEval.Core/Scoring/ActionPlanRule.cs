namespace PortfolioEval.Scoring;

/// <summary>
/// What the candidate can do next, only the items that apply, most valuable first (by the value each concerns, in
/// the main currency; ties in the order of <see cref="ActionKind"/>):
/// reactivate dormant high-value clients; update clients neither contacted nor updated for over a year; complete the
/// fields that matter; reduce a high concentration; chase overdue receivables.
/// </summary>
public static class ActionPlanRule
{
    /// <summary>A client untouched for longer is stale: the freshness "over 365 days" band.</summary>
    public const int StaleAfterDays = 365;

    public static IReadOnlyList<ActionItem> Plan(
        ValuedBook book, DateOnly asOf, ReactivationPotential reactivation, DealValueScore dealValue, ReceivablesHealth? receivables)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(reactivation);
        ArgumentNullException.ThrowIfNull(dealValue);
        var items = new List<ActionItem>();
        ActionItem Item(ActionKind kind, int clients, decimal? value, double share) => new(kind, clients, value, book.Currency, share);

        if (reactivation.Clients > 0)
            items.Add(Item(ActionKind.ReactivateDormantKeyClients, reactivation.Clients, reactivation.Value, ScoreMath.Share(reactivation.Value, book.Total)));

        // Counted and summed in one pass each, in the clients' order: no list of a million stale clients.
        var (stale, staleValue, incomplete, incompleteValue) = (0, 0m, 0, 0m);
        foreach (var client in book.Clients)
        {
            if (IsStale(client, asOf))
                (stale, staleValue) = (stale + 1, staleValue + client.Value);
            if (DataQualityRule.IsIncomplete(client.Client))
                (incomplete, incompleteValue) = (incomplete + 1, incompleteValue + client.Value);
        }

        if (stale > 0)
            items.Add(Item(ActionKind.UpdateStaleClients, stale, staleValue, ScoreMath.Share(stale, book.Clients.Count)));

        if (incomplete > 0)
            items.Add(Item(ActionKind.CompleteMissingFields, incomplete, incompleteValue, ScoreMath.Share(incomplete, book.Clients.Count)));

        if (dealValue.Concentration == ConcentrationBand.High && dealValue.KeyAccounts > 0)
        {
            var keyValue = book.PositiveValuesLargestFirst.Take(dealValue.KeyAccounts).Sum();
            items.Add(Item(ActionKind.ReduceConcentration, dealValue.KeyAccounts, keyValue, ScoreMath.Share(keyValue, dealValue.Total)));
        }

        var overdue = receivables?.Aging.Where(a => a.Bucket != AgingBucket.Current).ToList() ?? [];
        if (receivables is not null && overdue.Sum(a => a.Clients) > 0)
        {
            // Without a balance column there is no amount to chase, only clients.
            var amount = overdue.Sum(a => a.Outstanding);
            items.Add(Item(ActionKind.ChaseOverdueReceivables, overdue.Sum(a => a.Clients), amount > 0 ? amount : null, receivables.OverdueShareOfValue));
        }

        return items.OrderByDescending(i => i.Value ?? -1).ThenBy(i => i.Kind).ToList();
    }

    /// <summary>Neither contacted nor updated within <see cref="StaleAfterDays"/>, or no date at all.</summary>
    public static bool IsStale(in ValuedClient client, DateOnly asOf)
    {
        var (contact, update) = (client.Client.LastContact, client.Client.LastUpdate);
        DateOnly? latest = contact is null ? update : update is null ? contact : contact > update ? contact : update;
        return latest is not { } date || ScoreMath.DaysSince(date, asOf) > StaleAfterDays;
    }
}
