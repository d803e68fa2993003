using PortfolioEval.Books;

namespace PortfolioEval.Scoring.BookValuation;

/// <summary>
/// The valuation's clients as a few arrays, one entry a client in the caller's order, instead of a
/// <see cref="ValuationClient"/> and its two names each: a million-client book is valued without a million objects.
/// Names are ranks: two clients of one account have the same number, and the numbers are in the names' ordinal order,
/// which is all the valuation reads of them (to group, and to break ties).
/// </summary>
internal sealed class ValuationClients
{
    private const int NoDay = -1;

    public required int Count { get; init; }

    /// <summary>The account's rank among the accounts' names.</summary>
    public required int[] Account { get; init; }

    /// <summary>The client's rank among the clients' names; null when the position itself ranks the clients (clients
    /// already in their names' order).</summary>
    public int[]? Client { get; init; }

    public required decimal[] Value { get; init; }

    public required IReadOnlyList<int> Purchases { get; init; }

    public required IReadOnlyList<int> FirstPurchase { get; init; }

    public required IReadOnlyList<int> LastPurchase { get; init; }

    public required IReadOnlyList<ClientOrigin> Origin { get; init; }

    /// <summary>Each client's sales of the last 12 months when the book's sales are dated (version 4): the concentration
    /// is over them. Null: over <see cref="Value"/>.</summary>
    public decimal[]? LastYear { get; init; }

    public int ClientRank(int at) => Client is { } ranks ? ranks[at] : at;

    public static int DayOf(DateOnly? date) => date?.DayNumber ?? NoDay;

    public static DateOnly? DateOf(int day) => day == NoDay ? null : DateOnly.FromDayNumber(day);

    public static ValuationClients Of(IReadOnlyList<ValuationClient> clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        return new ValuationClients
        {
            Count = clients.Count,
            Account = Ranks(clients.Select(c => c.Account).ToList()),
            Client = Ranks(clients.Select(c => c.Client).ToList()),
            Value = [.. clients.Select(c => c.Value)],
            Purchases = [.. clients.Select(c => c.Purchases)],
            FirstPurchase = [.. clients.Select(c => DayOf(c.FirstPurchase))],
            LastPurchase = [.. clients.Select(c => DayOf(c.LastPurchase))],
            Origin = [.. clients.Select(c => c.Origin)],
            // As the accounts of clients with value read them: all of those have the last 12 months, or the book is over values.
            LastYear = clients.Any(c => c.Value > 0) && clients.Where(c => c.Value > 0).All(c => c.LastYear is not null) ? [.. clients.Select(c => c.LastYear ?? 0)] : null,
        };
    }

    // Each name's place among the distinct names in ordinal order.
    private static int[] Ranks(List<string> names)
    {
        var rank = names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((name, at) => (name, at)).ToDictionary(n => n.name, n => n.at, StringComparer.Ordinal);
        return [.. names.Select(n => rank[n])];
    }
}
