namespace PortfolioEval.Scoring;

/// <summary>
/// How close the book's sectors are to those a hiring company or opening chose: each client's free-text sector is
/// mapped to an ISIC Rev.4 code, matched at the deepest level it shares with any chosen code, and the book's score is
/// the value-weighted mean of the level weights. Unmapped sectors count as no match and are reported, never guessed.
/// </summary>
public static class SectorRelevanceRule
{
    /// <summary>
    /// Equal steps of a quarter per ISIC level: the same class is the same trade (1), the same section only the same
    /// broad part of the economy, such as trade or mining (¼). No evidence favours any other spacing.
    /// </summary>
    public static double WeightOf(SectorMatchLevel level) => level switch
    {
        SectorMatchLevel.Class => 1.0,
        SectorMatchLevel.Group => 0.75,
        SectorMatchLevel.Division => 0.5,
        SectorMatchLevel.Section => 0.25,
        _ => 0,
    };

    public static RelevanceScore Score(ValuedBook book, IReadOnlyList<string> sectorCodes, ISectorTaxonomy sectors)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(sectorCodes);
        ArgumentNullException.ThrowIfNull(sectors);
        var chosen = sectorCodes.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        // Classify each distinct text once; the taxonomy may be slow (fuzzy matching).
        var codes = book.Clients
            .Select(c => c.Client.Sector)
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(t => t ?? "", t => string.IsNullOrWhiteSpace(t) ? null : sectors.Classify(t), StringComparer.Ordinal);
        var classified = book.Clients.Select(c => (Client: c, Code: codes[c.Client.Sector ?? ""])).ToList();
        SectorMatchLevel? MatchOf(string? code) => chosen.Count == 0 ? null
            : code is null ? SectorMatchLevel.None
            : chosen.Max(target => sectors.CommonLevel(code, target));

        var weightTotal = classified.Sum(c => book.WeightOf(c.Client));
        var mix = classified
            .GroupBy(c => c.Code, StringComparer.Ordinal)
            .Select(g => new SectorShare(
                g.Key,
                g.Select(c => c.Client.Client.Sector).OfType<string>().Where(t => t.Trim().Length > 0)
                    .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                g.Count(),
                g.Sum(c => c.Client.Value),
                ScoreMath.Share(g.Sum(c => book.WeightOf(c.Client)), weightTotal),
                MatchOf(g.Key)))
            .OrderByDescending(s => s.Value).ThenByDescending(s => s.Clients)
            .ThenBy(s => s.Code is null).ThenBy(s => s.Code, StringComparer.Ordinal)
            .ToList();

        int? score = chosen.Count == 0 ? null : ScoreMath.ToScore(ScoreMath.WeightedMean(classified
            .Select(c => (book.WeightOf(c.Client), WeightOf(MatchOf(c.Code) ?? SectorMatchLevel.None)))
            .ToList()));
        var unmapped = mix.Where(s => s.Code is null).Sum(s => s.ShareOfValue);
        return new RelevanceScore(score, mix, unmapped);
    }
}
