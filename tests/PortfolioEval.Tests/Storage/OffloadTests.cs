using PortfolioEval.Web.Storage;

namespace PortfolioEval.Tests.Storage;

/// <summary>The import's second core is given only while no request waits for the thread pool.</summary>
public class OffloadTests
{
    [Fact]
    public void HelperWhenIdle_WhileWorkWaitsForTheThreadPool_GivesNoThreadAndRunsNothing()
    {
        // Not disposed: queued work still reaches it after the test.
        var gate = new ManualResetEventSlim();
        var queued = Environment.ProcessorCount * 64;
        var ran = false;
        try
        {
            // More work than the pool has threads, each held at the gate: some of it is still queued when asked.
            for (var i = 0; i < queued; i++)
                ThreadPool.QueueUserWorkItem(_ => gate.Wait());
            Assert.True(ThreadPool.PendingWorkItemCount > 0);

            var helper = Offload.HelperWhenIdle(() => ran = true);

            Assert.Null(helper);
        }
        finally
        {
            gate.Set();
        }

        Assert.False(ran);
    }

    [Fact]
    public async Task HelperWhenIdle_GivenAThread_RunsTheWorkOffThePool()
    {
        bool? onPool = null;
        Task? helper = null;
        // Asked until the pool has no queued work (other tests may be using it meanwhile).
        for (var tries = 0; helper is null && tries < 200; tries++)
        {
            helper = Offload.HelperWhenIdle(() => onPool = Thread.CurrentThread.IsThreadPoolThread);
            if (helper is null)
                await Task.Delay(10);
        }

        Assert.NotNull(helper);
        await helper;
        Assert.False(onPool);
    }
}
