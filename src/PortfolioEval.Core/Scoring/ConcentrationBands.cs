namespace PortfolioEval.Scoring;

/// <summary>
/// Concentration of value by the Herfindahl-Hirschman index (HHI: the sum of squared percent shares, 0-10,000), read
/// with the bands of the US DOJ/FTC Horizontal Merger Guidelines (2010, §5.3): below 1,500 unconcentrated, 1,500 to
/// 2,500 moderately concentrated, above 2,500 highly concentrated. (The 2023 guidelines moved "high" to 1,800; the
/// 2010 bands are kept because they are the ones most references and textbooks still quote.)
/// </summary>
public static class ConcentrationBands
{
    public const double ModerateFrom = 1_500;
    public const double HighAbove = 2_500;

    public static ConcentrationBand BandOf(double hhi) => hhi switch
    {
        < ModerateFrom => ConcentrationBand.Low,
        <= HighAbove => ConcentrationBand.Moderate,
        _ => ConcentrationBand.High,
    };

    /// <summary>
    /// 0-1, min(1, 1,500 / HHI): the effective number of clients (10,000 / HHI) against the 6⅔ of a book at the edge
    /// of "unconcentrated". Full marks up to 1,500; 0.6 at 2,500; 0.15 for a single client. 0 when there is no value.
    /// </summary>
    public static double Diversification(double hhi) => hhi > 0 ? Math.Min(1, ModerateFrom / hhi) : 0;
}
