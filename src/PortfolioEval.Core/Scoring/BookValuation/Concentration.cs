namespace PortfolioEval.Scoring.BookValuation;

/// <summary>Bands of the 2023 US Merger Guidelines (DOJ/FTC, §2.1): HHI above 1,800 highly concentrated, 1,000–1,800 moderately.</summary>
public enum ConcentrationLevel { Unconcentrated, Moderate, High }

/// <param name="TopShare">Share of the book's sales held by the largest account, 0-1.</param>
/// <param name="TopFiveShare">Held by the five largest.</param>
/// <param name="Hhi">Σ (100 × share)², 0-10,000, over accounts.</param>
/// <param name="SingleShareAboveLimit">The largest account holds more than 30% (the 2023 guidelines' share presumption).</param>
/// <param name="Discount">0-0.2: what concentration takes off the multiple.</param>
public sealed record ConcentrationFigures(double TopShare, double TopFiveShare, double Hhi, ConcentrationLevel Level, bool SingleShareAboveLimit, double Discount)
{
    /// <summary>True when the shares are of the sales of the last 12 months (version 4 on, the book's sales dated);
    /// false when of each client's value as the book gives it.</summary>
    public bool LastTwelveMonths { get; init; }
}

/// <summary>
/// Concentration of the book's sales over accounts, and the discount a buyer would ask for the risk of losing
/// the largest ones. The discount rises in a straight line from 0 (HHI 1,000, or a top share of 20%) to
/// <see cref="MaxDiscount"/> (a single account), whichever measure is higher: one large client among many small ones
/// is a risk even when the HHI is low.
/// </summary>
public static class Concentration
{
    public const double ModerateFrom = 1_000, HighAbove = 1_800, ShareLimit = 0.30, MaxDiscount = 0.20, ShareFrom = 0.20;

    public static ConcentrationFigures Of(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return OfOwn([.. values]);
    }

    /// <summary><see cref="Of"/> over an array of the caller's own, which is used up: its values become the shares, sorted
    /// in place (equal shares are the same number, so no order among them shows), instead of the copies a sort makes.</summary>
    internal static ConcentrationFigures OfOwn(double[] values)
    {
        var total = values.Sum();
        if (total <= 0)
            return new ConcentrationFigures(0, 0, 0, ConcentrationLevel.Unconcentrated, false, 0);
        for (var i = 0; i < values.Length; i++)
            values[i] /= total;
        values.AsSpan().Sort(static (a, b) => b.CompareTo(a));
        var shares = values;
        var hhi = shares.Sum(s => 100 * s * 100 * s);
        var level = hhi > HighAbove ? ConcentrationLevel.High : hhi >= ModerateFrom ? ConcentrationLevel.Moderate : ConcentrationLevel.Unconcentrated;
        var index = Math.Clamp(Math.Max((hhi - ModerateFrom) / (10_000 - ModerateFrom), (shares[0] - ShareFrom) / (1 - ShareFrom)), 0, 1);
        return new ConcentrationFigures(shares[0], shares.Take(5).Sum(), hhi, level, shares[0] > ShareLimit, MaxDiscount * index);
    }
}
