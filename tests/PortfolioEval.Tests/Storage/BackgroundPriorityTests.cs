using PortfolioEval.Web.Storage;

namespace PortfolioEval.Tests.Storage;

/// <summary>
/// The import's threads run at nice 10, as the kernel sees it (/proc/thread-self/stat), and only they: the thread that
/// asked keeps its priority. .NET's own thread priority changes nothing on Linux, which is why the helper exists.
/// </summary>
public sealed class BackgroundPriorityTests
{
    [LinuxFact]
    public void LowerCurrentThread_PutsThatThreadAtNiceTen_AndNoOther()
    {
        var mine = BackgroundPriority.NiceOfCurrentThread();
        var (lowered, before, after) = OnNewThread(() =>
        {
            var before = BackgroundPriority.NiceOfCurrentThread();
            var lowered = BackgroundPriority.LowerCurrentThread();
            return (lowered, before, BackgroundPriority.NiceOfCurrentThread());
        });

        Assert.True(lowered);
        Assert.Equal(mine, before);
        Assert.Equal(BackgroundPriority.Nice, after);
        Assert.Equal(mine, BackgroundPriority.NiceOfCurrentThread());
    }

    [LinuxFact]
    public void ThreadPriority_LeavesTheNiceValueAsItWas()
    {
        var (before, after) = OnNewThread(() =>
        {
            var before = BackgroundPriority.NiceOfCurrentThread();
            Thread.CurrentThread.Priority = ThreadPriority.Lowest;
            return (before, BackgroundPriority.NiceOfCurrentThread());
        });

        Assert.Equal(before, after);
    }

    [LinuxFact]
    public async Task OffloadedWork_RunsAtNiceTen()
    {
        var nice = await Offload.Run(BackgroundPriority.NiceOfCurrentThread, CancellationToken.None);

        Assert.Equal(BackgroundPriority.Nice, nice);
    }

    [LinuxFact]
    public async Task ImportHelperThread_RunsAtNiceTen()
    {
        int? nice = null;
        var helper = Offload.HelperWhenIdle(() => nice = BackgroundPriority.NiceOfCurrentThread());

        if (helper is not null) // null only when the thread pool had work queued at that instant
        {
            await helper;
            Assert.Equal(BackgroundPriority.Nice, nice);
        }
    }

    private static T OnNewThread<T>(Func<T> work)
    {
        T result = default!;
        var thread = new Thread(() => result = work());
        thread.Start();
        thread.Join();
        return result;
    }
}

/// <summary>A test of Linux's scheduling; skipped elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
            Skip = "Thread priorities are set with Linux's setpriority.";
    }
}
