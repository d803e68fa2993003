using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PortfolioEval.Bench.Pipeline;

/// <summary>The steps of an import, in the order BookImports takes them.</summary>
public enum Phase
{
    /// <summary>Upload: format from the first bytes, then BookInspector over the whole sheet, kept encrypted.</summary>
    Inspect,

    /// <summary>Upload: the original file and its name encrypted under the candidate's data key.</summary>
    EncryptOriginal,

    /// <summary>Import: the original opened for reading, decrypted chunk by chunk as it is read (its last chunk verified here).</summary>
    DecryptOriginal,

    /// <summary>Import: BookReader's one pass with the kept inspection (interpret and aggregate), decryption included;
    /// the next rows read on a second thread while these are interpreted.</summary>
    Read,

    /// <summary>Import: six keyed HMACs per client (client key, contact, email, phone, tax id, address), the figures added up.</summary>
    Pseudonymise,

    /// <summary>Import: the scoring beside the records and the labels, as one step: its wall time.</summary>
    ScoreBesideRecords,

    /// <summary>Beside the scoring: ClientRecordCodec written through ChunkedCipher (its own time, on its own thread).</summary>
    EncryptClients,

    /// <summary>Beside the scoring, after the records: the clients' labels told apart (the web numbers the new ones in the database as it saves).</summary>
    Labels,

    /// <summary>The score report, its JSON and encryption (the scoring engine's; its own time, on the import's thread).</summary>
    Score,
}

/// <summary>
/// Times an import's phases: consecutive ones with one stopwatch (their wall time, and the process's CPU time over
/// them, which says how many cores they took), and the ones that overlap by their own time and their own thread's CPU.
/// </summary>
public sealed class PhaseClock
{
    private readonly TimeSpan[] times = new TimeSpan[Enum.GetValues<Phase>().Length];
    private readonly TimeSpan[] cpu = new TimeSpan[Enum.GetValues<Phase>().Length];
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan last;
    private TimeSpan lastCpu = Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>Charges the time since the previous lap to <paramref name="phase"/>.</summary>
    public void Lap(Phase phase)
    {
        var (now, nowCpu) = (clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime);
        times[(int)phase] += now - last;
        cpu[(int)phase] += nowCpu - lastCpu;
        (last, lastCpu) = (now, nowCpu);
    }

    /// <summary>Runs <paramref name="work"/> on this thread, charging it its own time and this thread's CPU, not a lap.</summary>
    public void Own(Phase phase, Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var (start, startCpu) = (clock.Elapsed, ThreadCpu());
        work();
        times[(int)phase] += clock.Elapsed - start;
        cpu[(int)phase] += ThreadCpu() - startCpu;
    }

    /// <summary>Wall (or own) time of each phase.</summary>
    public IReadOnlyList<TimeSpan> Times => times;

    /// <summary>CPU time of each phase: the process's over a lap, the thread's over an own phase.</summary>
    public IReadOnlyList<TimeSpan> Cpu => cpu;

    /// <summary>True for the phases that ran beside another and are not part of the sum of laps.</summary>
    public static bool IsBeside(Phase phase) => phase is Phase.EncryptClients or Phase.Labels or Phase.Score;

    private static TimeSpan ThreadCpu()
    {
        if (!OperatingSystem.IsLinux())
            return TimeSpan.Zero;
        _ = NativeMethods.clock_gettime(NativeMethods.ClockThreadCpuTime, out var time);
        return TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100));
    }

    private static class NativeMethods
    {
        public const int ClockThreadCpuTime = 3;

        [StructLayout(LayoutKind.Sequential)]
        public struct Timespec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [DllImport("libc")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int clock_gettime(int clock, out Timespec time);
    }
}
