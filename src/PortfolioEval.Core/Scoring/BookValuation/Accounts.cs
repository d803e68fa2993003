using PortfolioEval.Books;
using PortfolioEval.Scoring.History;

namespace PortfolioEval.Scoring.BookValuation;

/// <param name="Weight">Transferability weight of the account's clients (value-weighted, see <see cref="Transferability"/>).</param>
/// <param name="LastYear">Sales of the last 12 months, when every client of the account has them.</param>
internal sealed record Account(string Key, decimal Value, ModelClient? Model, double Weight, bool OriginKnown, decimal? LastYear = null);

/// <summary>
/// Clients joined into accounts: values and purchases summed, the earliest first and the latest last purchase kept.
/// An account with no dated purchase cannot be forecast and brings no revenue.
/// </summary>
internal static class Accounts
{
    /// <summary>
    /// The accounts of the clients with value, ordered by content and the key last, so sums over accounts do not depend
    /// on the pseudonyms. Grouped by sorting the clients (account, then client, then as given) rather than by a
    /// dictionary of groups: a million-client book makes no group objects, only the accounts.
    /// </summary>
    public static IReadOnlyList<Account> Of(IEnumerable<ValuationClient> clients, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var valued = clients.Where(c => c.Value > 0).ToArray();
        var order = new int[valued.Length];
        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        Array.Sort(order, (a, b) =>
            string.CompareOrdinal(valued[a].Account, valued[b].Account) is var byAccount and not 0 ? byAccount
            : string.CompareOrdinal(valued[a].Client, valued[b].Client) is var byClient and not 0 ? byClient
            : a.CompareTo(b));

        var accounts = new List<Account>();
        var group = new List<ValuationClient>();
        for (var k = 0; k < order.Length; k++)
        {
            group.Add(valued[order[k]]);
            if (k + 1 == order.Length || !string.Equals(valued[order[k + 1]].Account, group[0].Account, StringComparison.Ordinal))
            {
                accounts.Add(Join(group[0].Account, group, asOf));
                group.Clear();
            }
        }

        accounts.Sort(static (a, b) =>
            a.Value.CompareTo(b.Value) is var order and not 0 ? order
            : (a.Model?.WeeksSinceLast ?? -1).CompareTo(b.Model?.WeeksSinceLast ?? -1) is var weeks and not 0 ? weeks
            : (a.Model?.SpendPurchases ?? 0).CompareTo(b.Model?.SpendPurchases ?? 0) is var purchases and not 0 ? purchases
            : a.Weight.CompareTo(b.Weight) is var weight and not 0 ? weight
            : string.CompareOrdinal(a.Key, b.Key));
        return accounts;
    }

    private static Account Join(string key, IReadOnlyList<ValuationClient> clients, DateOnly asOf)
    {
        var value = clients.Sum(c => c.Value);
        var purchases = Math.Max(1, clients.Sum(c => Math.Max(1, c.Purchases)));
        var last = clients.Max(c => c.LastPurchase);
        var first = clients.All(c => c.FirstPurchase is not null) ? clients.Min(c => c.FirstPurchase) : null;
        var mean = (double)(value / purchases);
        var weight = clients.Sum(c => (double)c.Value * Transferability.WeightOf(c.Origin)) / (double)value;
        var known = clients.All(c => c.Origin != ClientOrigin.Unknown);
        var lastYear = clients.All(c => c.LastYear is not null) ? clients.Sum(c => c.LastYear) : null;
        if (last is not { } lastDay)
            return new Account(key, value, null, weight, known, lastYear);
        // A date after the as-of date counts as the as-of date itself, as everywhere in scoring.
        lastDay = lastDay > asOf ? asOf : lastDay;
        var model = first is { } firstDay && firstDay <= lastDay
            ? ModelClient.WithHistory(key, purchases, firstDay, lastDay, asOf, mean)
            : ModelClient.RecencyOnly(key, purchases, lastDay, asOf, mean);
        return new Account(key, value, model, weight, known, lastYear);
    }
}
