namespace PortfolioEval.Scoring;

/// <summary>
/// The seed of the action plan: high-value clients the candidate has not contacted for longer than the dormancy
/// period (or never, as far as the book says). High-value means in the top 20% of clients by value: the first
/// ⌈20% of the clients with value⌉ from the largest, and anyone tied with the last of them, so ties are never split.
/// </summary>
public static class ReactivationRule
{
    /// <summary>The "20" of the 80/20 rule: the few clients that usually carry most of a book.</summary>
    public const double HighValueShareOfClients = 0.2;

    /// <summary>
    /// The report names at most this many dormant clients, the most valuable first: the candidate's action plan shows
    /// a few, and a million-client book would otherwise store hundreds of thousands of pseudonyms. The count and value
    /// are over all of them.
    /// </summary>
    public const int MaxNamed = 100;

    public static ReactivationPotential Find(ValuedBook book, DateOnly asOf, int dormantAfterDays)
    {
        ArgumentNullException.ThrowIfNull(book);
        var threshold = HighValueThreshold(book.PositiveValuesLargestFirst);
        // Positions, not the clients: a million-client book may have a hundred thousand dormant key clients.
        var clients = book.Clients;
        var dormant = Enumerable.Range(0, clients.Count)
            .Where(i => threshold is { } t && clients[i].Value >= t)
            .Where(i => clients[i].Client.LastContact is not { } contact || ScoreMath.DaysSince(contact, asOf) > dormantAfterDays)
            .OrderByDescending(i => clients[i].Value).ThenBy(i => clients[i].Client.ClientKey)
            .ToList();
        return new ReactivationPotential(
            dormant.Count, dormant.Sum(i => clients[i].Value), book.Currency, dormant.Take(MaxNamed).Select(i => clients[i].Client.ClientPseudonym).ToList());
    }

    /// <summary>The smallest value counted as high, from the positive values largest first; null when there are none.</summary>
    private static decimal? HighValueThreshold(IReadOnlyList<decimal> positiveLargestFirst)
    {
        if (positiveLargestFirst.Count == 0)
            return null;
        var top = (int)Math.Ceiling(HighValueShareOfClients * positiveLargestFirst.Count);
        return positiveLargestFirst[top - 1];
    }
}
