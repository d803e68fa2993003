using System.Globalization;
using System.Runtime.InteropServices;

namespace PortfolioEval.Web.Storage;

/// <summary>
/// A thread that does long background work (an import, a rescoring) lowered to nice 10 on Linux, so that when both
/// cores are busy the kernel runs the threads that answer requests first. <see cref="Thread.Priority"/> cannot do it:
/// .NET ignores it on Linux (BackgroundPriorityTests shows it). Raising a thread's nice value needs no privilege, so a
/// portal running as an ordinary user gets it too. Only for a thread the work owns and ends with
/// (<see cref="TaskCreationOptions.LongRunning"/>): a lowered thread-pool thread would go on serving requests at nice 10.
/// </summary>
internal static class BackgroundPriority
{
    public const int Nice = 10;

    /// <summary>Lowers the calling thread, and only it; false off Linux or when the kernel refused.</summary>
    public static bool LowerCurrentThread() =>
        OperatingSystem.IsLinux() && NativeMethods.setpriority(NativeMethods.PrioProcess, NativeMethods.gettid(), Nice) == 0;

    /// <summary>The calling thread's nice value as the kernel schedules it; null off Linux.</summary>
    public static int? NiceOfCurrentThread()
    {
        if (!OperatingSystem.IsLinux())
            return null;
        // Field 19 of the thread's stat, counted after the command name's closing parenthesis (the name may hold spaces).
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[16], CultureInfo.InvariantCulture);
    }

    private static class NativeMethods
    {
        public const int PrioProcess = 0;

        // On Linux, setpriority on a thread id changes that thread only.
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int setpriority(int which, int who, int prio);

        [DllImport("libc")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int gettid();
    }
}
