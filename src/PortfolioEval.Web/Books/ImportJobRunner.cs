using Microsoft.EntityFrameworkCore;
using PortfolioEval.Books;
using PortfolioEval.Data;

namespace PortfolioEval.Web.Books;

/// <summary>
/// Runs one job this node claimed: the import the mapping page used to run, with a heartbeat beside it that writes
/// the progress at most twice a second and renews the lease. The book and the job's success are saved together,
/// and only while this node still holds the job, so a job taken over by another node never ends with two books.
/// </summary>
internal sealed partial class ImportJobRunner(IServiceScopeFactory scopes, string node, TimeSpan lease, TimeProvider clock, ILogger log)
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>The most a save may extend the lease: ten leases, for the largest books on a slow disk.</summary>
    private const int MaxSaveLeases = 10;

    // What a save costs at most, five times what the web bench measures (a million new client labels and the
    // book's content in about 20 s on our 2-core machine), so a busy node keeps its job.
    private static readonly TimeSpan SavePerClient = TimeSpan.FromTicks(1_000); // 100 µs
    private const long SaveBytesPerSecond = 2L * 1024 * 1024;

    public async Task RunAsync(Guid id, CancellationToken stopping)
    {
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        using var beats = new CancellationTokenSource();
        var progress = new JobProgress();
        var heartbeat = BeatAsync(id, progress, lost, beats.Token);
        try
        {
            await ImportAsync(id, progress, () => StopAsync(beats, heartbeat), lost.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // An orderly stop: back to the queue, to run again after the restart or on another node.
            await StopAsync(beats, heartbeat);
            await FinishAsync(id, job => job.Release(clock.GetUtcNow()));
            LogReleased(log, id);
        }
        catch (Exception e) when (e is OperationCanceledException or DbUpdateConcurrencyException)
        {
            // Another node failed or took the job (this one stalled past its lease), or the account was erased: then
            // the job is no longer this node's and is left alone. Still this node's, it ends here, failed: its upload
            // was deleted under the save, or its heartbeat could not reach the database.
            await StopAsync(beats, heartbeat);
            var failure = await UploadExistsAsync(id) ? ImportFailure.Unexpected : ImportFailure.UploadGone;
            if (!await FinishAsync(id, job => job.Fail(failure, null, clock.GetUtcNow())))
                LogLost(log, id);
        }
        catch (Exception e)
        {
            // The type only: a message could quote a value of the book.
            LogFailed(log, id, e.GetType().Name);
            await StopAsync(beats, heartbeat);
            await FinishAsync(id, job => job.Fail(ImportFailure.Unexpected, null, clock.GetUtcNow()));
        }
        finally
        {
            await StopAsync(beats, heartbeat);
        }
    }

    private async Task ImportAsync(Guid id, JobProgress progress, Func<Task> stopBeating, CancellationToken cancellation)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var job = await db.ImportJobs.SingleOrDefaultAsync(j => j.Id == id, cancellation);
        if (job is null || !job.IsHeldBy(node))
            return;
        var upload = await db.PendingUploads.SingleOrDefaultAsync(u => u.Id == job.UploadId && u.CandidateId == job.CandidateId, cancellation);
        if (upload is null)
        {
            await stopBeating();
            await FinishAsync(id, j => j.Fail(ImportFailure.UploadGone, null, clock.GetUtcNow()));
            return;
        }

        var imports = scope.ServiceProvider.GetRequiredService<BookImports>();
        var choice = new MappingChoice(job.SheetIndex, job.HeaderRow, job.CultureName, job.DateOrder)
        {
            DollarSignCurrency = job.DollarSignCurrency,
            BookCurrency = job.BookCurrency,
            BulkOrigin = job.BulkOrigin,
        };
        var (inspection, error) = await imports.InspectAsync(upload, choice, cancellation);
        BookImports.StagedImport? staged = null;
        if (inspection is not null)
            (staged, error) = await imports.StageAsync(upload, choice, job.Mapping(), inspection, progress, cancellation);
        await stopBeating();
        if (staged is null)
        {
            await FinishAsync(id, j => j.Fail(ImportFailure.Book, error, clock.GetUtcNow()));
            return;
        }

        // Saving a large book holds the database's write lock, so no heartbeat can renew the lease meanwhile: it is
        // renewed once, for as long as a save of this size can take. A node that dies here leaves the job running
        // that long (the progress page shows until when), about one lease for a small book. Then the book, its content and the job's success are saved in one
        // transaction, conditional on the job still being this node's.
        if (!await FinishAsync(id, j => j.Report(ImportPhase.Saving, staged.Book.RowsRead, clock.GetUtcNow(), SaveLease(lease, staged.ClientPseudonyms.Count, staged.Bytes))))
            throw new DbUpdateConcurrencyException("The import was taken over.");
        await db.Entry(job).ReloadAsync(cancellation);
        if (!job.IsHeldBy(node))
            throw new DbUpdateConcurrencyException("The import was taken over.");
        await imports.SaveAsync(staged, () => job.Succeed(staged.Book.Id, staged.Book.RowsRead, clock.GetUtcNow()), cancellation);
        LogSucceeded(log, id, staged.Book.RowsRead);
    }

    /// <summary>The lease a save of this many new clients and bytes gets: one lease and the save's worst time, at most ten leases.</summary>
    internal static TimeSpan SaveLease(TimeSpan lease, int clients, long bytes)
    {
        var save = SavePerClient * clients + TimeSpan.FromSeconds((double)bytes / SaveBytesPerSecond);
        return TimeSpan.FromTicks(Math.Min((lease + save).Ticks, (lease * MaxSaveLeases).Ticks));
    }

    private async Task BeatAsync(Guid id, JobProgress progress, CancellationTokenSource lost, CancellationToken stop)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
            var job = await db.ImportJobs.SingleAsync(j => j.Id == id, stop);
            var written = new ImportProgress(job.Phase, job.RowsRead);
            var renewed = clock.GetUtcNow();
            using var timer = new PeriodicTimer(ProgressInterval, clock);
            while (await timer.WaitForNextTickAsync(stop))
            {
                var (current, now) = (progress.Current, clock.GetUtcNow());
                if (current == written && now - renewed < lease / 4)
                    continue;
                try
                {
                    job.Report(current.Phase, current.RowsRead, now, lease);
                    if (!await ImportWorker.SaveUnlessChangedAsync(db, job, stop))
                    {
                        await lost.CancelAsync();
                        return;
                    }

                    (written, renewed) = (current, now);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A busy database: the next beat tries again, well before the lease runs out.
                    LogBeatFailed(log, id, e.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the import is over, or the node is stopping.
        }
        catch (Exception e)
        {
            // The job is gone (the account was erased) or could not be read at all: without a heartbeat the lease
            // would run out under the import, so the import stops here.
            LogBeatFailed(log, id, e.GetType().Name);
            await lost.CancelAsync();
        }
    }

    private static async Task StopAsync(CancellationTokenSource beats, Task heartbeat)
    {
        if (!beats.IsCancellationRequested)
            await beats.CancelAsync();
        await heartbeat;
    }

    /// <summary>
    /// Changes the job in a fresh context (the import's holds what must not be saved yet), if it is still this node's;
    /// false when it is not (or another node changed it first).
    /// </summary>
    private async Task<bool> FinishAsync(Guid id, Action<ImportJob> finish)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var job = await db.ImportJobs.SingleOrDefaultAsync(j => j.Id == id, CancellationToken.None);
        if (job is null || !job.IsHeldBy(node))
            return false;
        finish(job);
        return await ImportWorker.SaveUnlessChangedAsync(db, job, CancellationToken.None);
    }

    private async Task<bool> UploadExistsAsync(Guid id)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        return await db.ImportJobs.Where(j => j.Id == id)
            .AnyAsync(j => db.PendingUploads.Any(u => u.Id == j.UploadId && u.CandidateId == j.CandidateId), CancellationToken.None);
    }

    /// <summary>The latest progress, written by the import's thread and read by the heartbeat's.</summary>
    private sealed class JobProgress : IProgress<ImportProgress>
    {
        private long packed = (long)ImportPhase.Reading << 32;

        public ImportProgress Current
        {
            get
            {
                var value = Interlocked.Read(ref packed);
                return new ImportProgress((ImportPhase)(value >> 32), (int)(value & uint.MaxValue));
            }
        }

        public void Report(ImportProgress value) => Interlocked.Exchange(ref packed, ((long)value.Phase << 32) | (uint)value.RowsRead);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import job {JobId} succeeded: {Rows} rows read.")]
    private static partial void LogSucceeded(ILogger logger, Guid jobId, int rows);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import job {JobId} was put back in the queue: this node is stopping.")]
    private static partial void LogReleased(ILogger logger, Guid jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import job {JobId} is no longer this node's; its work here was dropped.")]
    private static partial void LogLost(ILogger logger, Guid jobId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import job {JobId} failed with {Exception}.")]
    private static partial void LogFailed(ILogger logger, Guid jobId, string exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import job {JobId}: its progress could not be written ({Exception}).")]
    private static partial void LogBeatFailed(ILogger logger, Guid jobId, string exception);
}
