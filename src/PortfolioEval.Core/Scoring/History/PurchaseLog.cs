namespace PortfolioEval.Scoring.History;

/// <summary>One purchase of a transactional export: the client (a pseudonym), the day and the amount.</summary>
public sealed record Purchase(string Client, DateOnly Date, decimal Amount);

/// <summary>
/// Turns a transactional export into the histories the models read. Purchases on the same day are one purchase (their
/// amounts summed), as in the papers: a basket split over several lines is one decision to buy.
/// </summary>
public static class PurchaseLog
{
    /// <summary>
    /// Each client's history up to <paramref name="end"/> (inclusive), keyed and ordered by client (ordinal), so the
    /// order of the rows never matters. Purchases after <paramref name="end"/> are left out; a client whose first
    /// purchase is after it has no history yet and is absent.
    /// </summary>
    public static IReadOnlyList<(string Client, ClientHistory History)> Summarise(IEnumerable<Purchase> purchases, DateOnly end)
    {
        ArgumentNullException.ThrowIfNull(purchases);
        return [.. DaysByClient(purchases, date => date <= end).Select(c => (c.Key, Of(c.Value, end)))];
    }

    /// <summary>Purchase days of each client in (<paramref name="after"/>, <paramref name="until"/>], ordered by client.</summary>
    public static IReadOnlyDictionary<string, int> PurchaseDays(IEnumerable<Purchase> purchases, DateOnly after, DateOnly until)
    {
        ArgumentNullException.ThrowIfNull(purchases);
        return DaysByClient(purchases, date => date > after && date <= until).ToDictionary(c => c.Key, c => c.Value.Count, StringComparer.Ordinal);
    }

    private static ClientHistory Of(SortedDictionary<DateOnly, decimal> days, DateOnly end)
    {
        var repeats = days.Skip(1).Select(d => d.Value).ToList();
        return ClientHistory.From(repeats.Count, days.Keys.First(), days.Keys.Last(), end, repeats.Count > 0 ? (double)repeats.Average() : 0);
    }

    private static SortedDictionary<string, SortedDictionary<DateOnly, decimal>> DaysByClient(IEnumerable<Purchase> purchases, Func<DateOnly, bool> within)
    {
        var clients = new SortedDictionary<string, SortedDictionary<DateOnly, decimal>>(StringComparer.Ordinal);
        foreach (var purchase in purchases.Where(p => within(p.Date)))
        {
            if (!clients.TryGetValue(purchase.Client, out var days))
                clients[purchase.Client] = days = [];
            days[purchase.Date] = days.GetValueOrDefault(purchase.Date) + purchase.Amount;
        }

        return clients;
    }
}
