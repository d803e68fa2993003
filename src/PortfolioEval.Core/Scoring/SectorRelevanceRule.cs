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
        SectorMatchLevel? MatchOf(string? code) => chosen.Count == 0 ? null
            : code is null ? SectorMatchLevel.None
            : chosen.Max(target => sectors.CommonLevel(code, target));
        double? CreditFor(string? code) => chosen.Count == 0 || code is null ? null : chosen.Max(target => CreditOf(code, target, sectors));

        // Each code's clients, value and weight, summed in the clients' order (one pass, no group of a million
        // clients); a code's credit is worked out once, not once a client.
        var byCode = new Dictionary<string, CodeTotals>(StringComparer.Ordinal);
        var unknown = new CodeTotals(null, null);
        decimal weightTotal = 0;
        var mapped = new ScoreMath.RunningWeightedMean();
        foreach (var client in book.Clients)
        {
            var code = codes[client.Client.Sector ?? ""];
            var totals = code is null ? unknown
                : byCode.TryGetValue(code, out var seen) ? seen
                : byCode[code] = new CodeTotals(code, CreditFor(code));
            var weight = book.WeightOf(client);
            (totals.Clients, totals.Value, totals.Weight) = (totals.Clients + 1, totals.Value + client.Value, totals.Weight + weight);
            weightTotal += weight;
            if (code is not null)
                mapped.Add(weight, totals.Credit ?? 0);
        }

        // The sector texts of a code: every text of the book classified to it (each text has one code).
        List<string> TextsOf(string? code) => codes.Where(t => t.Value == code && t.Key.Trim().Length > 0)
            .Select(t => t.Key).Order(StringComparer.Ordinal).ToList();
        var mix = byCode.Values.Append(unknown).Where(t => t.Clients > 0)
            .Select(t => new SectorShare(t.Code, TextsOf(t.Code), t.Clients, t.Value, ScoreMath.Share(t.Weight, weightTotal), MatchOf(t.Code))
                { Credit = t.Credit })
            .OrderByDescending(s => s.Value).ThenByDescending(s => s.Clients)
            .ThenBy(s => s.Code is null).ThenBy(s => s.Code, StringComparer.Ordinal)
            .ToList();

        var unmapped = mix.Where(s => s.Code is null).Sum(s => s.ShareOfValue);
        var coverage = mix.Count == 0 ? 0 : mix.Where(s => s.Code is not null).Sum(s => s.ShareOfValue);
        // Unknown sectors are left out of the share; with none mapped there is nothing to judge relevance on.
        int? score = chosen.Count == 0 || mapped.Count == 0 ? null : ScoreMath.ToScore(mapped.Mean);
        return new RelevanceScore(score, mix, unmapped) { Coverage = coverage };
    }

    private sealed class CodeTotals(string? code, double? credit)
    {
        public string? Code { get; } = code;

        public double? Credit { get; } = credit;

        public int Clients { get; set; }

        public decimal Value { get; set; }

        public decimal Weight { get; set; }
    }
}
