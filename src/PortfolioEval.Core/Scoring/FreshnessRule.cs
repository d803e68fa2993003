namespace PortfolioEval.Scoring;

/// <summary>
/// How recently the candidate was in touch with the book: each client decays as 0.5^(days since contact /
/// half-life) and the book's score is the value-weighted mean. Bands are fixed day ranges, not quantiles, which
/// collapse on small books.
/// </summary>
public static class FreshnessRule
{
    /// <summary>"Recently contacted": a quarter of a year, the usual rhythm of account reviews.</summary>
    public const int RecentContactDays = 90;

    /// <summary>Stale-but-updated: updated within <see cref="RecentContactDays"/>, not contacted for over this many days.</summary>
    public const int StaleContactDays = 180;

    public static FreshnessScore Score(ValuedBook book, DateOnly asOf, double halfLifeDays)
    {
        ArgumentNullException.ThrowIfNull(book);
        // One pass over the clients for every figure, each summed in the clients' order.
        var decayed = new ScoreMath.RunningWeightedMean();
        var recent = new ScoreMath.RunningWeightedMean();
        var perBand = new (int Clients, decimal Value)[Enum.GetValues<FreshnessBand>().Length];
        var staleButUpdated = 0;
        var knownDays = new List<int>(book.Clients.Count);
        foreach (var client in book.Clients)
        {
            var days = client.Client.LastContact is { } d ? ScoreMath.DaysSince(d, asOf) : (int?)null;
            var weight = book.WeightOf(client);
            // No contact date: nothing says the client is still there, so it decays fully (weight 0 of 1).
            decayed.Add(weight, days is { } since ? ScoreMath.Decay(since, halfLifeDays) : 0);
            recent.Add(weight, days <= RecentContactDays ? 1.0 : 0.0);
            var band = (int)BandOf(days);
            perBand[band] = (perBand[band].Clients + 1, perBand[band].Value + client.Value);
            if (client.Client.LastUpdate is { } updated && ScoreMath.DaysSince(updated, asOf) <= RecentContactDays
                && (days is null || days > StaleContactDays))
                staleButUpdated++;
            if (days is { } contacted)
                knownDays.Add(contacted);
        }

        var score = decayed.Mean;
        var bands = Enum.GetValues<FreshnessBand>()
            .Select(band => new BandFigures(band, perBand[(int)band].Clients, perBand[(int)band].Value))
            .ToList();
        var recentShare = recent.Mean;
        knownDays.Sort();
        int? median = knownDays.Count > 0 ? (int)Math.Round(MedianOfSorted(knownDays), MidpointRounding.AwayFromZero) : null;

        return new FreshnessScore(ScoreMath.ToScore(score), bands, recentShare, staleButUpdated, median, halfLifeDays);
    }

    // ScoreMath.MedianOfSorted over the days as decimals, without a list of a million decimals.
    private static decimal MedianOfSorted(List<int> sorted)
    {
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : ((decimal)sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static FreshnessBand BandOf(int? days) => days switch
    {
        null => FreshnessBand.NoContactDate,
        <= 30 => FreshnessBand.Days0To30,
        <= 90 => FreshnessBand.Days31To90,
        <= 180 => FreshnessBand.Days91To180,
        <= 365 => FreshnessBand.Days181To365,
        _ => FreshnessBand.Over365,
    };
}
