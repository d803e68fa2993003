using System.Diagnostics;
using System.Runtime;

namespace PortfolioEval.Bench.Measuring;

/// <summary>Runs a piece of work once to warm up (JIT, tiering, caches), then measures it a number of times.</summary>
public static class Runner
{
    public static Summary<T> Measure<T>(Func<T> work, int runs)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        work(); // warm-up, not recorded
        var measured = new List<Measurement<T>>(runs);
        for (var i = 0; i < runs; i++)
            measured.Add(Once(work));
        return Summary.Of(measured);
    }

    private static Measurement<T> Once<T>(Func<T> work)
    {
        Settle();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        using var probe = MemoryProbe.Start();
        var clock = Stopwatch.StartNew();
        var result = work();
        clock.Stop();
        probe.Stop();
        return new Measurement<T>(clock.Elapsed, probe.PeakResident, probe.StartResident, probe.PeakManaged,
            GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore, result);
    }

    // Each run starts from a compacted heap with free memory handed back to the OS, so one run's garbage does not
    // count as the next one's peak.
    private static void Settle()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
