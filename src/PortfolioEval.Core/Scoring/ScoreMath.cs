namespace PortfolioEval.Scoring;

/// <summary>The arithmetic every rule shares, so each rounds, ages and decays the same way.</summary>
public static class ScoreMath
{
    /// <summary>A fraction 0-1 as a whole score 0-100, halves rounded away from zero (as people round by hand).</summary>
    public static int ToScore(double fraction) => (int)Math.Clamp(Percent(fraction), 0, 100);

    /// <summary>
    /// The one rounding rule for every number a person reads: halves away from zero (12.5 → 13, −12.5 → −13), as
    /// people round by hand. Scores, percentages, money and counts shown all go through here.
    /// </summary>
    public static double Round(double value, int decimals = 0) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <inheritdoc cref="Round(double, int)"/>
    public static decimal Round(decimal value, int decimals = 0) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>
    /// A share 0-1 in percent points, rounded as <see cref="ToScore"/> rounds (0.125 → 13). Read through decimal
    /// (15 significant digits), so 0.145 is 14.5 points and rounds to 15, not the 14.4999… of its binary double: what
    /// a person computing by hand gets.
    /// </summary>
    public static double Percent(double share, int decimals = 0) =>
        double.IsNaN(share) ? 0 : (double)Round((decimal)Math.Clamp(share, -1e9, 1e9) * 100, decimals);

    /// <summary>Whole days from a date to the as-of date; a date after it counts as the as-of date itself.</summary>
    public static int DaysSince(DateOnly date, DateOnly asOf) => Math.Max(0, asOf.DayNumber - date.DayNumber);

    /// <summary>0.5^(days / half-life): 1 today, ½ after one half-life, ¼ after two.</summary>
    public static double Decay(int days, double halfLifeDays) => Math.Pow(0.5, days / halfLifeDays);

    /// <summary>The middle value; the mean of the two middle values when the count is even; 0 when empty.</summary>
    public static decimal Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
            return 0;
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The middle value of values already sorted, either way round; as <see cref="Median"/> without sorting.</summary>
    public static decimal MedianOfSorted(IReadOnlyList<decimal> sorted)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
            return 0;
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Weighted mean of values 0-1; a book without weights (no values at all) weighs clients equally.</summary>
    public static double WeightedMean(IReadOnlyList<(decimal Weight, double Value)> items)
    {
        var total = items.Sum(i => i.Weight);
        if (items.Count == 0)
            return 0;
        return total > 0
            ? items.Sum(i => (double)i.Weight * i.Value) / (double)total
            : items.Average(i => i.Value);
    }

    /// <summary>
    /// <see cref="WeightedMean"/> summed as the items come, in the same order and the same arithmetic, so a rule over a
    /// million clients keeps three numbers instead of a list of a million pairs.
    /// </summary>
    internal struct RunningWeightedMean
    {
        private decimal total;
        private double weighted, plain;

        public int Count { get; private set; }

        public void Add(decimal weight, double value)
        {
            total += weight;
            weighted += (double)weight * value;
            plain += value;
            Count++;
        }

        public readonly double Mean => Count == 0 ? 0 : total > 0 ? weighted / (double)total : plain / Count;
    }

    /// <summary>A part of a whole as 0-1, exact in decimal before it becomes a double; 0 of nothing is 0.</summary>
    public static double Share(decimal part, decimal whole) => whole > 0 ? (double)(part / whole) : 0;

    public static double Share(int part, int whole) => whole > 0 ? (double)part / whole : 0;

    /// <summary>The positive values, largest first, equal values in their given order (a stable sort).</summary>
    public static decimal[] PositiveLargestFirst(IReadOnlyList<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var positive = new List<(decimal Value, int Index)>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] > 0)
                positive.Add((values[i], i));
        }

        positive.Sort(static (a, b) => b.Value.CompareTo(a.Value) is var order and not 0 ? order : a.Index.CompareTo(b.Index));
        return [.. positive.Select(p => p.Value)];
    }
}
