namespace PortfolioEval.Scoring;

/// <summary>
/// Concentration of value by the Herfindahl-Hirschman index (HHI: the sum of squared percent shares, 0-10,000), read
/// with the thresholds of the US DOJ/FTC Merger Guidelines (2023, §2.1): above 1,800 highly concentrated, 1,000 to
/// 1,800 moderately concentrated, below 1,000 unconcentrated; and a single share above 30% is flagged on its own, as
/// the guidelines presume against it whatever the index says (one 30% client among seventy small ones).
/// </summary>
public static class ConcentrationBands
{
    public const double ModerateFrom = 1_000;
    public const double HighAbove = 1_800;

    /// <summary>A single client above this share of value is flagged, whatever the HHI.</summary>
    public const double TopShareFlagAbove = 0.30;

    public static ConcentrationBand BandOf(double hhi) => hhi switch
    {
        < ModerateFrom => ConcentrationBand.Low,
        <= HighAbove => ConcentrationBand.Moderate,
        _ => ConcentrationBand.High,
    };

    /// <summary>
    /// 0-1, min(1, 1,000 / HHI): the effective number of clients (10,000 / HHI) against the ten of a book at the edge
    /// of "unconcentrated". Full marks up to 1,000; 0.56 at 1,800; 0.1 for a single client. 0 when there is no value.
    /// </summary>
    public static double Spread(double hhi) => hhi > 0 ? Math.Min(1, ModerateFrom / hhi) : 0;

    /// <summary>
    /// The version-1 curve, min(1, 1,500 / HHI), which the valuation's concentration discount still reads (the
    /// valuation is being reworked on its own; see docs/SCORING.md, Valuation).
    /// </summary>
    public static double Diversification(double hhi) => hhi > 0 ? Math.Min(1, 1_500 / hhi) : 0;
}
