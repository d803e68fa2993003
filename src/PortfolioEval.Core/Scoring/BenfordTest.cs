namespace PortfolioEval.Scoring;

/// <summary>
/// First-digit test of Benford's law: in many real-world amounts the first digit d appears with probability
/// log10(1 + 1/d) (30.1% ones, 4.6% nines). Conformity is read by the mean absolute deviation (MAD) of the nine
/// observed proportions from those, with Nigrini's thresholds for first digits (M. Nigrini, <i>Benford's Law</i>, Wiley
/// 2012): up to 0.006 close conformity, 0.012 acceptable, 0.015 marginally acceptable, above 0.015
/// nonconformity.
/// </summary>
public static class BenfordTest
{
    /// <summary>Above it the first digits do not conform (Nigrini).</summary>
    public const double NonconformityMad = 0.015;

    /// <summary>
    /// The MAD of a sample that truly follows Benford's law shrinks as 1/√n: about 0.235/√n on average, with 95% of
    /// samples below 0.35/√n and 99% below 0.41/√n (simulated, and checked by a test with a fixed seed). Nigrini's
    /// 0.015 is meant for samples of a thousand or more; applied to 50 values it questions 98% of honest books. The bar
    /// is therefore 0.40/√n, never below Nigrini's 0.015: about 1% false alarms at any size.
    /// </summary>
    public const double ScaledCritical = 0.40;

    /// <summary>The MAD above which a sample of <paramref name="sampleSize"/> values is questioned.</summary>
    public static double ThresholdFor(int sampleSize) =>
        sampleSize > 0 ? Math.Max(NonconformityMad, ScaledCritical / Math.Sqrt(sampleSize)) : NonconformityMad;

    /// <summary>
    /// Fewer values say nothing: with 50, one value moves a digit's share by two points. Nigrini prefers far more
    /// (a thousand or so); a smaller book is therefore never questioned on this.
    /// </summary>
    public const int MinimumValues = 50;

    public static double Expected(int digit) => Math.Log10(1 + 1.0 / digit);

    /// <summary>The MAD of the first digits of the positive values; 0 when there are none.</summary>
    public static double MeanAbsoluteDeviation(IReadOnlyList<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var counts = new int[10];
        foreach (var value in values)
        {
            if (value > 0)
                counts[FirstDigit(value)]++;
        }

        var total = counts.Sum();
        if (total == 0)
            return 0;
        return Enumerable.Range(1, 9)
            .Select(d => Math.Abs((double)counts[d] / total - Expected(d)))
            .Average();
    }

    /// <summary>The first significant digit of a positive amount (0.042 → 4, 7300 → 7).</summary>
    public static int FirstDigit(decimal value)
    {
        if (value <= 0)
            throw new ArgumentOutOfRangeException(nameof(value), "Only positive amounts have a first significant digit.");
        // Amounts of 1 and more fit a ulong: its digits are found without dividing decimals, which is slow.
        if (value >= 1 && value <= ulong.MaxValue)
        {
            var whole = (ulong)value;
            while (whole >= 10)
                whole /= 10;
            return (int)whole;
        }

        while (value >= 10)
            value /= 10;
        while (value < 1)
            value *= 10;
        return (int)decimal.Truncate(value);
    }
}
