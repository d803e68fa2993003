namespace PortfolioEval.Web.Storage;

/// <summary>
/// Long CPU-bound work (reading, pseudonymising, scoring a book) on a thread of its own, so it never holds a
/// thread-pool thread a request needs, and, on Linux, at a lower scheduling priority (<see cref="BackgroundPriority"/>),
/// so that when the cores are busy the requests come first.
/// </summary>
internal static class Offload
{
    public static Task<T> Run<T>(Func<T> work, CancellationToken cancellation) =>
        Task.Factory.StartNew(() =>
        {
            Yield();
            return work();
        }, cancellation, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>
    /// A second thread for part of an import's batch, started only when no work item is queued for the thread pool
    /// (where requests are served); null otherwise, and the import keeps to its own thread. The helper is a thread of
    /// its own at the same low priority as the import, never a thread-pool thread a request would wait for.
    /// </summary>
    public static Task? HelperWhenIdle(Action work) =>
        ThreadPool.PendingWorkItemCount == 0
            ? Task.Factory.StartNew(() =>
            {
                Yield();
                work();
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            : null;

    // The thread is this work's alone (LongRunning) and ends with it, so its priority goes nowhere else.
    private static void Yield() => _ = BackgroundPriority.LowerCurrentThread();
}
