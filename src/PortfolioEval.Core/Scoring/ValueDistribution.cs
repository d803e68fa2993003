namespace PortfolioEval.Scoring;

/// <summary>
/// Clients by size of deal value in buckets on a log scale: the 1-2-5 series of preferred numbers (1, 2, 5, 10, 20,
/// 50...), roughly equal steps on a log axis with round edges people read at a glance. Deal values span orders of
/// magnitude, so equal-width buckets would put nearly every client in the first one.
/// </summary>
public static class ValueDistribution
{
    private static readonly decimal[] Steps = [1, 2, 5];

    /// <summary>From the bucket of the smallest positive value to that of the largest, empty ones in between included.</summary>
    public static IReadOnlyList<ValueBucket> Of(IReadOnlyList<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var positive = values.Where(v => v > 0).ToList();
        if (positive.Count == 0)
            return [];
        var edges = EdgesUpTo(positive.Max());
        var first = edges.FindLastIndex(e => e <= positive.Min());
        var buckets = new List<ValueBucket>();
        for (var i = Math.Max(0, first); i < edges.Count - 1; i++)
        {
            var (from, to) = (edges[i], edges[i + 1]);
            var inside = positive.Where(v => v >= from && v < to).ToList();
            buckets.Add(new ValueBucket(from, to, inside.Count, inside.Sum()));
        }

        return buckets;
    }

    /// <summary>0, 1, 2, 5, 10, 20... up to the first edge above <paramref name="max"/>. Values below 1 fall in [0, 1).</summary>
    private static List<decimal> EdgesUpTo(decimal max)
    {
        var edges = new List<decimal> { 0 };
        for (decimal decade = 1; ; decade *= 10)
        {
            foreach (var step in Steps)
            {
                edges.Add(step * decade);
                if (step * decade > max)
                    return edges;
            }
        }
    }
}
