namespace PortfolioEval.Scoring;

/// <summary>
/// How much of the book lies in the sectors a hiring company or opening chose: each client's free-text sector is
/// mapped to an ISIC Rev.4 code and earns full credit when that code lies within any chosen code (the same code or one
/// of its descendants: a supermarket, 4711, lies within trade, G, and within retail, 47); a near code earns part (see
/// <see cref="CreditOf"/>). Clients whose sector cannot be mapped are unknown, not irrelevant: they are left out of
/// the share, and the share of value that could be mapped is reported as the coverage.
/// </summary>
public static class SectorRelevanceRule
{
    /// <summary>A sibling of a chosen code (same group as a chosen class, same division as a chosen group, ...).</summary>
    public const double OneLevelAway = 0.5;

    /// <summary>A cousin: the common ancestor is two levels above the chosen code (same division as a chosen class).</summary>
    public const double TwoLevelsAway = 0.25;

    /// <summary>
    /// The credit of a client's code against one chosen code: 1 when it lies within it; ½ when their deepest common
    /// level is one step above the chosen code; ¼ two steps above; otherwise 0. A chosen section has nothing above
    /// it, so a client is either within it or not. Nearness is measured from the chosen code, so choosing a broad code
    /// never makes a client less relevant than choosing one of its parts.
    /// </summary>
    public static double CreditOf(string code, string chosen, ISectorTaxonomy sectors)
    {
        ArgumentNullException.ThrowIfNull(sectors);
        var chosenLevel = sectors.CommonLevel(chosen, chosen);
        var common = sectors.CommonLevel(code, chosen);
        if (chosenLevel == SectorMatchLevel.None || common == SectorMatchLevel.None)
            return 0;
        return (chosenLevel - common) switch
        {
            0 => 1,
            1 => OneLevelAway,
            2 => TwoLevelsAway,
            _ => 0,
        };
    }

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
        double? CreditFor(string? code) => chosen.Count == 0 || code is null ? null : chosen.Max(target => CreditOf(code, target, sectors));

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
                MatchOf(g.Key)) { Credit = CreditFor(g.Key) })
            .OrderByDescending(s => s.Value).ThenByDescending(s => s.Clients)
            .ThenBy(s => s.Code is null).ThenBy(s => s.Code, StringComparer.Ordinal)
            .ToList();

        var unmapped = mix.Where(s => s.Code is null).Sum(s => s.ShareOfValue);
        var mapped = classified.Where(c => c.Code is not null).ToList();
        var coverage = mix.Count == 0 ? 0 : mix.Where(s => s.Code is not null).Sum(s => s.ShareOfValue);
        // Unknown sectors are left out of the share; with none mapped there is nothing to judge relevance on.
        int? score = chosen.Count == 0 || mapped.Count == 0 ? null : ScoreMath.ToScore(ScoreMath.WeightedMean(mapped
            .Select(c => (book.WeightOf(c.Client), CreditFor(c.Code) ?? 0))
            .ToList()));
        return new RelevanceScore(score, mix, unmapped) { Coverage = coverage };
    }
}
