using System.Globalization;
using PortfolioEval.Privacy;

namespace PortfolioEval.Scoring;

/// <summary>
/// One order for the clients of a book, whatever the order of its rows: by pseudonym (ordinal), then by the fields
/// scoring reads, so even two records under one pseudonym always come out the same way round.
/// </summary>
public static class ClientOrder
{
    public static List<PseudonymisedClient> Canonical(IEnumerable<PseudonymisedClient> clients) =>
        clients
            .OrderBy(c => c.ClientPseudonym, StringComparer.Ordinal)
            .ThenBy(c => c.LastContact)
            .ThenBy(c => c.LastUpdate)
            .ThenBy(c => c.Value)
            .ThenBy(c => c.Currency, StringComparer.Ordinal)
            .ThenBy(c => c.Sector, StringComparer.Ordinal)
            .ThenBy(c => c.OutstandingBalance)
            .ThenBy(c => c.DaysOverdue)
            .ThenBy(c => AmountsKey(c), StringComparer.Ordinal)
            .ToList();

    private static string AmountsKey(PseudonymisedClient client) =>
        string.Join('|', client.ValuesByCurrency.Select(v => v.Currency + ":" + v.Amount.ToString(CultureInfo.InvariantCulture)));
}
