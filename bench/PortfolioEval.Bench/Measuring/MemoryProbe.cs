using System.Globalization;

namespace PortfolioEval.Bench.Measuring;

/// <summary>
/// Watches one measured run's memory. Resident set: on Linux the kernel's own high-water mark (VmHWM), reset at the
/// start of the run through /proc/self/clear_refs, so the peak is exact; where that is not possible, the working set
/// sampled every 10 ms (a peak shorter than that can be missed). Managed heap: <see cref="GC.GetTotalMemory(bool)"/>
/// sampled every 10 ms on its own thread, so it includes garbage not yet collected, as the process really holds it.
/// </summary>
public sealed class MemoryProbe : IDisposable
{
    private const string Status = "/proc/self/status";
    private const string ClearRefs = "/proc/self/clear_refs";
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);

    private readonly Thread sampler;
    private readonly bool kernelPeak;
    private volatile bool stopping;
    private long sampledResident;
    private long sampledManaged;

    private MemoryProbe(bool kernelPeak)
    {
        this.kernelPeak = kernelPeak;
        StartResident = Environment.WorkingSet;
        sampler = new Thread(Sample) { IsBackground = true, Name = "memory probe", Priority = ThreadPriority.AboveNormal };
        sampler.Start();
    }

    /// <summary>True when the resident peak is the kernel's exact high-water mark, false when it is sampled.</summary>
    public static bool ExactResidentPeak { get; } = ResetKernelPeak();

    /// <summary>Resident set when the run started (the runtime, the benchmark and the book's bytes already loaded).</summary>
    public long StartResident { get; }

    /// <summary>Peak resident set during the run; read it after <see cref="Stop"/>.</summary>
    public long PeakResident { get; private set; }

    public long PeakManaged => Interlocked.Read(ref sampledManaged);

    /// <summary>Starts watching; the previous run's peak is forgotten.</summary>
    public static MemoryProbe Start() => new(ExactResidentPeak && ResetKernelPeak());

    /// <summary>Stops watching; the peaks then stay as they are.</summary>
    public void Stop()
    {
        if (stopping)
            return;
        stopping = true;
        sampler.Join();
        Take();
        PeakResident = kernelPeak && KernelPeak() is { } peak ? Math.Max(peak, sampledResident) : sampledResident;
    }

    public void Dispose() => Stop();

    private void Sample()
    {
        while (!stopping)
        {
            Take();
            Thread.Sleep(Interval);
        }
    }

    private void Take()
    {
        sampledResident = Math.Max(sampledResident, Environment.WorkingSet);
        Interlocked.Exchange(ref sampledManaged, Math.Max(Interlocked.Read(ref sampledManaged), GC.GetTotalMemory(false)));
    }

    // Writing 5 to clear_refs resets the peak resident set size (Linux 4.0 and later).
    private static bool ResetKernelPeak()
    {
        try
        {
            File.WriteAllText(ClearRefs, "5");
            return KernelPeak() is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }

    private static long? KernelPeak()
    {
        try
        {
            var line = File.ReadLines(Status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            var kilobytes = line?["VmHWM:".Length..].Trim().Split(' ')[0];
            return kilobytes is null ? null : long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
