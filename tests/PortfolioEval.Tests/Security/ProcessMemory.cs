using System.Globalization;

namespace PortfolioEval.Tests.Security;

/// <summary>
/// The test process's resident memory, managed and native together, from Linux's own accounting: the peak (VmHWM)
/// can be reset, so a test measures the highest point of one piece of work, whatever the clock or the machine's load.
/// </summary>
internal static class ProcessMemory
{
    /// <summary>Collects what is garbage, resets the peak, and returns the resident size it starts from.</summary>
    public static long ResetPeak()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        File.WriteAllText("/proc/self/clear_refs", "5");
        return Read("VmRSS");
    }

    /// <summary>The highest resident size since <see cref="ResetPeak"/>.</summary>
    public static long Peak() => Read("VmHWM");

    private static long Read(string field)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }
}
