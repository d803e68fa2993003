using PortfolioEval.Books;

namespace PortfolioEval.Web.Books;

/// <summary>Where an import is: its phase and the rows read so far.</summary>
public readonly record struct ImportProgress(ImportPhase Phase, int RowsRead);

/// <summary>Long CPU-bound work on a thread of its own, so it never holds a thread-pool thread a request needs.</summary>
internal static class Offload
{
    public static Task<T> Run<T>(Func<T> work, CancellationToken cancellation) =>
        Task.Factory.StartNew(work, cancellation, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
