using System.Globalization;
using PortfolioEval.Privacy;

namespace PortfolioEval.Scoring;

/// <summary>
/// One order for the clients of a book, whatever the order of its rows: by pseudonym (ordinal), then by the fields
/// scoring reads, so even two records under one pseudonym always come out the same way round.
/// </summary>
public static class ClientOrder
{
    /// <summary>
    /// Sorted as a stable sort by pseudonym, last contact, last update, value, currency, sector, balance, days overdue
    /// and amounts would sort them. Each key is compared only when the ones before it tie (pseudonyms rarely do), so a
    /// million clients cost a million pseudonym comparisons, not nine keys computed for each.
    /// </summary>
    public static List<PseudonymisedClient> Canonical(IEnumerable<PseudonymisedClient> clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var items = clients.Select((client, index) => (Client: client, Index: index)).ToArray();
        Array.Sort(items, static (a, b) => Compare(a.Client, b.Client) is var order and not 0 ? order : a.Index.CompareTo(b.Index));
        return [.. items.Select(i => i.Client)];
    }

    private static int Compare(PseudonymisedClient a, PseudonymisedClient b)
    {
        var order = a.ClientKey.CompareTo(b.ClientKey);
        if (order != 0)
            return order;
        order = Nullable.Compare(a.LastContact, b.LastContact);
        if (order == 0)
            order = Nullable.Compare(a.LastUpdate, b.LastUpdate);
        if (order == 0)
            order = Nullable.Compare(a.Value, b.Value);
        if (order == 0)
            order = string.CompareOrdinal(a.Currency, b.Currency);
        if (order == 0)
            order = string.CompareOrdinal(a.Sector, b.Sector);
        if (order == 0)
            order = Nullable.Compare(a.OutstandingBalance, b.OutstandingBalance);
        if (order == 0)
            order = Nullable.Compare(a.DaysOverdue, b.DaysOverdue);
        return order != 0 ? order : string.CompareOrdinal(AmountsKey(a), AmountsKey(b));
    }

    private static string AmountsKey(PseudonymisedClient client) =>
        string.Join('|', client.ValuesByCurrency.Select(v => v.Currency + ":" + v.Amount.ToString(CultureInfo.InvariantCulture)));
}
