namespace PortfolioEval.Bench.Measuring;

/// <summary>One measured run: its time, the memory it took and what it returned.</summary>
public sealed record Measurement<T>(TimeSpan Elapsed, long PeakResident, long StartResident, long PeakManaged, long Allocated, T Result);

/// <summary>The medians of a set of measured runs, with the result of the median run by time.</summary>
public sealed record Summary<T>(TimeSpan Elapsed, long PeakResident, long StartResident, long PeakManaged, long Allocated, T Result, int Runs);

public static class Summary
{
    public static Summary<T> Of<T>(IReadOnlyList<Measurement<T>> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var byTime = runs.OrderBy(r => r.Elapsed).ToList();
        var median = byTime[(byTime.Count - 1) / 2];
        return new Summary<T>(
            Median(runs.Select(r => r.Elapsed.Ticks), t => TimeSpan.FromTicks((long)t)),
            Median(runs.Select(r => r.PeakResident), b => (long)b),
            Median(runs.Select(r => r.StartResident), b => (long)b),
            Median(runs.Select(r => r.PeakManaged), b => (long)b),
            Median(runs.Select(r => r.Allocated), b => (long)b),
            median.Result,
            runs.Count);
    }

    // The middle value; the mean of the two middle ones for an even count.
    private static TOut Median<TOut>(IEnumerable<long> values, Func<double, TOut> convert)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return convert(sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + (double)sorted[middle]) / 2);
    }
}
