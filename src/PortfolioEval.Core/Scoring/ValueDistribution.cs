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
        // The positive values read where they are (a million-client book's are 16 MB; no copy of them is made).
        var (any, min, max) = (false, 0m, 0m);
        foreach (var value in values)
        {
            if (value > 0)
                (any, min, max) = any ? (true, Math.Min(min, value), Math.Max(max, value)) : (true, value, value);
        }

        if (!any)
            return [];
        var edges = EdgesUpTo(max);
        var first = Math.Max(0, edges.FindLastIndex(e => e <= min));
        // One pass: each value counted and added into the bucket whose edges hold it, [from, to).
        var counts = new int[edges.Count - 1];
        var sums = new decimal[edges.Count - 1];
        foreach (var value in values)
        {
            if (value <= 0)
                continue;
            var at = edges.BinarySearch(value);
            var bucket = at >= 0 ? at : ~at - 1;
            counts[bucket]++;
            sums[bucket] += value;
        }

        return [.. Enumerable.Range(first, edges.Count - 1 - first)
            .Select(i => new ValueBucket(edges[i], edges[i + 1], counts[i], sums[i]))];
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
