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
    /// <returns>The position in <paramref name="clients"/> of the client that comes at each place of the order.</returns>
    internal static int[] Canonical(CompactClient[] clients, int count)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var order = new int[count];
        for (var i = 0; i < count; i++)
            order[i] = i;
        Array.Sort(order, (a, b) => Compare(in clients[a], in clients[b]) is var byFields and not 0 ? byFields : a.CompareTo(b));
        return order;
    }

    /// <summary>
    /// Moves the clients into the <paramref name="order"/> <see cref="Canonical"/> gave, in place (one cycle of moves
    /// at a time, one client aside), so a large book is never held twice. The order is used up.
    /// </summary>
    internal static CompactClient[] InPlace(CompactClient[] clients, int[] order)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(order);
        for (var start = 0; start < order.Length; start++)
        {
            if (order[start] == start)
                continue;
            var aside = clients[start];
            var at = start;
            while (order[at] != start)
            {
                var from = order[at];
                clients[at] = clients[from];
                order[at] = at;
                at = from;
            }

            clients[at] = aside;
            order[at] = at;
        }

        return clients;
    }

    private static int Compare(in CompactClient a, in CompactClient b)
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

    private static string AmountsKey(in CompactClient client) =>
        string.Join('|', client.ValuesByCurrency.Select(v => v.Currency + ":" + v.Amount.ToString(CultureInfo.InvariantCulture)));
}
