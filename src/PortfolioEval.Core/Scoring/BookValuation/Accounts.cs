using PortfolioEval.Books;
using PortfolioEval.Scoring.History;

namespace PortfolioEval.Scoring.BookValuation;

/// <param name="Weight">Transferability weight of the account's clients (value-weighted, see <see cref="Transferability"/>).</param>
internal sealed record Account(string Key, decimal Value, ModelClient? Model, double Weight, bool OriginKnown);

/// <summary>
/// Clients joined into accounts: values and purchases summed, the earliest first and the latest last purchase kept.
/// An account with no dated purchase cannot be forecast and brings no revenue.
/// </summary>
internal static class Accounts
{
    public static IReadOnlyList<Account> Of(IEnumerable<ValuationClient> clients, DateOnly asOf) =>
        [.. clients.Where(c => c.Value > 0)
            .GroupBy(c => c.Account, StringComparer.Ordinal)
            .Select(g => Join(g.Key, [.. g.OrderBy(c => c.Client, StringComparer.Ordinal)], asOf))
            // By content, the key last, so sums over accounts do not depend on the pseudonyms.
            .OrderBy(a => a.Value).ThenBy(a => a.Model?.WeeksSinceLast ?? -1).ThenBy(a => a.Model?.SpendPurchases ?? 0).ThenBy(a => a.Weight)
            .ThenBy(a => a.Key, StringComparer.Ordinal)];

    private static Account Join(string key, IReadOnlyList<ValuationClient> clients, DateOnly asOf)
    {
        var value = clients.Sum(c => c.Value);
        var purchases = Math.Max(1, clients.Sum(c => Math.Max(1, c.Purchases)));
        var last = clients.Max(c => c.LastPurchase);
        var first = clients.All(c => c.FirstPurchase is not null) ? clients.Min(c => c.FirstPurchase) : null;
        var mean = (double)(value / purchases);
        var weight = clients.Sum(c => (double)c.Value * Transferability.WeightOf(c.Origin)) / (double)value;
        var known = clients.All(c => c.Origin != ClientOrigin.Unknown);
        if (last is not { } lastDay)
            return new Account(key, value, null, weight, known);
        // A date after the as-of date counts as the as-of date itself, as everywhere in scoring.
        lastDay = lastDay > asOf ? asOf : lastDay;
        var model = first is { } firstDay && firstDay <= lastDay
            ? ModelClient.WithHistory(key, purchases, firstDay, lastDay, asOf, mean)
            : ModelClient.RecencyOnly(key, purchases, lastDay, asOf, mean);
        return new Account(key, value, model, weight, known);
    }
}
