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
        var clients = book.Clients
            .Select(c => (Client: c, Days: c.Client.LastContact is { } d ? ScoreMath.DaysSince(d, asOf) : (int?)null))
            .ToList();

        // No contact date: nothing says the client is still there, so it decays fully (weight 0 of 1).
        var score = ScoreMath.WeightedMean(clients
            .Select(c => (book.WeightOf(c.Client), c.Days is { } days ? ScoreMath.Decay(days, halfLifeDays) : 0))
            .ToList());
        var perBand = new Dictionary<FreshnessBand, (int Clients, decimal Value)>();
        foreach (var (client, days) in clients)
        {
            var band = BandOf(days);
            var (count, value) = perBand.GetValueOrDefault(band);
            perBand[band] = (count + 1, value + client.Value);
        }
        var bands = Enum.GetValues<FreshnessBand>()
            .Select(band => (Band: band, Figures: perBand.GetValueOrDefault(band)))
            .Select(b => new BandFigures(b.Band, b.Figures.Clients, b.Figures.Value))
            .ToList();
        var recentShare = ScoreMath.WeightedMean(clients
            .Select(c => (book.WeightOf(c.Client), c.Days <= RecentContactDays ? 1.0 : 0.0))
            .ToList());
        var staleButUpdated = clients.Count(c =>
            c.Client.Client.LastUpdate is { } updated && ScoreMath.DaysSince(updated, asOf) <= RecentContactDays
            && (c.Days is null || c.Days > StaleContactDays));
        var known = clients.Where(c => c.Days is not null).Select(c => c.Days!.Value).Order().Select(d => (decimal)d).ToList();
        int? median = known.Count > 0 ? (int)Math.Round(ScoreMath.MedianOfSorted(known), MidpointRounding.AwayFromZero) : null;

        return new FreshnessScore(ScoreMath.ToScore(score), bands, recentShare, staleButUpdated, median, halfLifeDays);
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
