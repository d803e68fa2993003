using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PortfolioEval.Books;
using PortfolioEval.Data;

namespace PortfolioEval.Web.Books;

public enum QueueRefusal
{
    /// <summary>The candidate already has <see cref="ImportOptions.MaxJobsPerCandidate"/> imports queued or running.</summary>
    CandidateBusy,

    /// <summary>The portal's queue holds <see cref="ImportOptions.MaxQueuedJobs"/> imports.</summary>
    PortalBusy,
}

/// <summary>
/// The candidate's side of the import queue: confirmed mappings become jobs, bounded per candidate and in all; a
/// job is found only by its own candidate. The queue is the database table, so every node sees every job.
/// </summary>
public sealed partial class ImportJobs(PortfolioDbContext db, ImportSignal signal, IOptions<ImportOptions> options, TimeProvider clock, ILogger<ImportJobs> log)
{
    public sealed record EnqueueResult(ImportJob? Job, QueueRefusal? Refusal);

    public async Task<EnqueueResult> EnqueueAsync(PendingUpload upload, MappingChoice choice, ColumnMapping mapping, int expectedRows, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(choice);
        // A second click on "Import" follows the import already under way.
        if (await ActiveForUploadAsync(upload, cancellation) is { } active)
            return new EnqueueResult(active, null);
        if (await ActiveCountAsync(upload.CandidateId, cancellation) >= options.Value.MaxJobsPerCandidate)
            return new EnqueueResult(null, QueueRefusal.CandidateBusy);
        if (await db.ImportJobs.CountAsync(j => j.State == ImportJobState.Queued, cancellation) >= options.Value.MaxQueuedJobs)
            return new EnqueueResult(null, QueueRefusal.PortalBusy);

        var job = new ImportJob(upload.CandidateId, upload.Id, mapping, choice.CultureName, choice.DateOrder, expectedRows, clock.GetUtcNow());
        job.Declare(BookCurrencies.KnownDollarSign(choice.DollarSignCurrency), BookCurrencies.KnownDeclarable(choice.BookCurrency), choice.BulkOrigin);
        db.ImportJobs.Add(job);
        try
        {
            await db.SaveChangesAsync(cancellation);
        }
        catch (DbUpdateException)
        {
            // Two clicks at once: the other request queued this upload's import first (one active import an upload).
            db.Entry(job).State = EntityState.Detached;
            if (await ActiveForUploadAsync(upload, cancellation) is { } queued)
            {
                LogConfirmedTwice(log, queued.Id);
                return new EnqueueResult(queued, null);
            }

            throw;
        }

        signal.Wake();
        return new EnqueueResult(job, null);
    }

    public Task<ImportJob?> FindAsync(string candidateId, Guid id, CancellationToken cancellation) =>
        db.ImportJobs.SingleOrDefaultAsync(j => j.Id == id && j.CandidateId == candidateId, cancellation);

    /// <summary>The import queued or running for this upload, if any: while there is one, the upload must stay.</summary>
    public Task<ImportJob?> ActiveForUploadAsync(PendingUpload upload, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return Active(db.ImportJobs).FirstOrDefaultAsync(j => j.UploadId == upload.Id && j.CandidateId == upload.CandidateId, cancellation);
    }

    /// <summary>Whether the failed job's upload is still there (and not expired), so it can be tried again without uploading it again.</summary>
    public Task<bool> UploadKeptAsync(ImportJob job, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(job);
        var since = clock.GetUtcNow() - PendingUpload.Lifetime;
        return db.PendingUploads.AnyAsync(u => u.Id == job.UploadId && u.CandidateId == job.CandidateId && u.CreatedAt >= since, cancellation);
    }

    /// <summary>The candidate's imports not yet done or failed in the last day, newest first, for their home page.</summary>
    public Task<List<ImportJob>> RecentAsync(string candidateId, CancellationToken cancellation)
    {
        var since = clock.GetUtcNow() - TimeSpan.FromDays(1);
        return db.ImportJobs.Where(j => j.CandidateId == candidateId
                && (j.State == ImportJobState.Queued || j.State == ImportJobState.Running || (j.State == ImportJobState.Failed && j.UpdatedAt > since)))
            .OrderByDescending(j => j.CreatedAt).Take(10).ToListAsync(cancellation);
    }

    /// <summary>Queues an interrupted import again, when its upload is still there; false otherwise.</summary>
    public async Task<bool> RetryAsync(ImportJob job, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!job.CanRetry || !await UploadKeptAsync(job, cancellation))
            return false;
        job.Retry(clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellation);
        }
        catch (DbUpdateException)
        {
            // Retried from another tab a moment ago, or the upload is being imported again.
            LogRetriedTwice(log, job.Id);
            return false;
        }

        signal.Wake();
        return true;
    }

    // A running job whose lease ran out is a dead node's: it will be failed as interrupted at the next look, and it
    // no longer holds the candidate back meanwhile.
    private Task<int> ActiveCountAsync(string candidateId, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        return Active(db.ImportJobs).CountAsync(j => j.CandidateId == candidateId
            && (j.State == ImportJobState.Queued || j.LeaseExpiresAt >= now), cancellation);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "An upload was confirmed twice at once; both follow import job {JobId}.")]
    private static partial void LogConfirmedTwice(ILogger logger, Guid jobId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import job {JobId} was retried twice at once; the other retry stands.")]
    private static partial void LogRetriedTwice(ILogger logger, Guid jobId);

    /// <summary>Queued or running: <see cref="ImportJob.IsActive"/> as the database can filter it.</summary>
    internal static IQueryable<ImportJob> Active(IQueryable<ImportJob> jobs) =>
        jobs.Where(j => j.State == ImportJobState.Queued || j.State == ImportJobState.Running);
}

/// <summary>Wakes this node's worker when a job is queued here, so it starts at once instead of at its next poll.</summary>
public sealed class ImportSignal : IDisposable
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Wake()
    {
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake.
        }
    }

    /// <summary>Waits until woken or <paramref name="timeout"/>; true when woken.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellation) => signal.WaitAsync(timeout, cancellation);

    public void Dispose() => signal.Dispose();
}
