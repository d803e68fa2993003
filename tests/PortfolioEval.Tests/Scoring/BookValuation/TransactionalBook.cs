using PortfolioEval.Privacy;
using PortfolioEval.Scoring;

namespace PortfolioEval.Tests.Scoring.BookValuation;

/// <summary>
/// A book of one row per purchase, two years long, the same every run: 80 clients, each buying at its own pace from
/// its own first day; two in three stop buying after a few purchases (as clients do), one in ten bought only once.
/// </summary>
internal static class TransactionalBook
{
    public const int ClientCount = 80;

    public static IEnumerable<(string Client, DateOnly Day, decimal Amount)> Purchases(DateOnly asOf)
    {
        var opening = asOf.AddYears(-2);
        for (var i = 0; i < ClientCount; i++)
        {
            var interval = 14 + i * 11 % 50;
            var limit = i % 10 == 9 ? 1 : i % 3 == 0 ? int.MaxValue : 2 + i * 7 % 10;
            var day = opening.AddDays(i * 17 % 120);
            for (var j = 0; j < limit && day < asOf; j++, day = day.AddDays(interval + j * 5 % 9))
                yield return ($"Cliente {i:00}", day, 200m + i * 37 % 500 + j * 13 % 50);
        }
    }

    /// <summary>The clients as the import keeps them: a row per purchase merged into one client with its dates.</summary>
    public static IReadOnlyList<PseudonymisedClient> Clients(DateOnly asOf) =>
        [.. Purchases(asOf).GroupBy(p => p.Client).Select(g => new PseudonymisedClient
        {
            ClientPseudonym = "p-" + g.Key,
            Sector = "Bodegas y minimarkets",
            LastContact = g.Max(p => p.Day),
            FirstContact = g.Min(p => p.Day),
            ContactDays = g.Select(p => p.Day).Distinct().Count(),
            LastUpdate = g.Max(p => p.Day),
            Value = g.Sum(p => p.Amount),
            Currency = "PEN",
            PurchaseCount = g.Count(),
            RowCount = g.Count(),
        })];

    public static BookFacts Facts(IReadOnlyList<PseudonymisedClient> clients) => new(clients.Sum(c => c.RowCount), 0);
}
