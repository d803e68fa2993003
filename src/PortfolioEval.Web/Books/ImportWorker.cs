using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PortfolioEval.Books;
using PortfolioEval.Data;

namespace PortfolioEval.Web.Books;

/// <summary>
/// Runs queued imports on this node, at most <see cref="ImportOptions.Workers"/> at once. Any node may claim any
/// job (the claim is a conditional update: one node wins); a job whose node died is failed once its lease expires,
/// by whichever node looks first, with its upload kept so the candidate can try again without uploading it again.
/// </summary>
public sealed partial class ImportWorker(
    IServiceScopeFactory scopes,
    ImportSignal signal,
    IOptions<ImportOptions> options,
    TimeProvider clock,
    ILogger<ImportWorker> log) : BackgroundService
{
    /// <summary>Finished jobs are kept this long, so a candidate coming back to the progress page still finds theirs.</summary>
    public static readonly TimeSpan FinishedJobLifetime = TimeSpan.FromDays(7);

    /// <summary>How often a node deletes the finished jobs past <see cref="FinishedJobLifetime"/>.</summary>
    private static readonly TimeSpan SweepInterval = TimeSpan.FromHours(1);

    // The jobs this process is running now. Their lease can run out while another import's save holds SQLite's write
    // lock and no heartbeat gets through; they are alive, so this node never fails them as abandoned.
    private readonly ConcurrentDictionary<Guid, byte> running = new();

    private DateTimeOffset nextSweep = DateTimeOffset.MinValue;

    /// <summary>This process among the nodes: the owner written on the jobs it claims.</summary>
    public string Node { get; } = NodeName();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var workers = options.Value.Workers;
        if (workers == 0)
            return;
        using var slots = new SemaphoreSlim(workers, workers);
        var running = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await slots.WaitAsync(stoppingToken);
                var claimed = await ClaimNextAsync(stoppingToken);
                if (claimed is { } id)
                {
                    running.RemoveAll(t => t.IsCompleted);
                    running.Add(RunAndFreeSlotAsync(id, slots, stoppingToken));
                    continue;
                }

                slots.Release();
                await signal.WaitAsync(TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The database away for a moment must not stop imports for good: wait a poll and look again.
                LogQueueFault(log, e.GetType().Name);
                slots.Release();
                await PauseAsync(stoppingToken);
            }
        }

        // Each running import puts its job back in the queue as it stops.
        await Task.WhenAll(running);
    }

    /// <summary>
    /// Fails the jobs whose node stopped renewing its lease, then claims the oldest queued job for this node; null
    /// when there is none (or every one was claimed by another node first).
    /// </summary>
    public async Task<Guid?> ClaimNextAsync(CancellationToken cancellation)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var now = clock.GetUtcNow();
        await FailAbandonedAsync(db, now, cancellation);

        var queued = await db.ImportJobs.Where(j => j.State == ImportJobState.Queued)
            .OrderBy(j => j.CreatedAt).Take(4).ToListAsync(cancellation);
        foreach (var job in queued)
        {
            job.Claim(Node, now, options.Value.Lease);
            if (await SaveUnlessChangedAsync(db, job, cancellation))
                return job.Id;
        }

        return null;
    }

    /// <summary>Claims and runs one queued job to its end on the calling task; false when there was none. For tests and tools.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken cancellation)
    {
        if (await ClaimNextAsync(cancellation) is not { } id)
            return false;
        await RunClaimedAsync(id, cancellation);
        return true;
    }

    private async Task RunAndFreeSlotAsync(Guid id, SemaphoreSlim slots, CancellationToken stopping)
    {
        try
        {
            // Off the loop at once: the claiming loop goes on while this import runs.
            await Task.Yield();
            await RunClaimedAsync(id, stopping);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The database failed while the job was being finished: its lease will expire and fail it cleanly.
            LogQueueFault(log, e.GetType().Name);
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task PauseAsync(CancellationToken stopping)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), clock, stopping);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the loop ends.
        }
    }

    // Unique per process start; the tail (the random part) is what keeps it unique if a host name is very long.
    private static string NodeName()
    {
        var name = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        return name.Length <= 200 ? name : name[^200..];
    }

    /// <summary>Runs a job this node claimed; if <paramref name="stopping"/> fires first, the job goes back to the queue.</summary>
    public async Task RunClaimedAsync(Guid id, CancellationToken stopping)
    {
        running[id] = 0;
        try
        {
            await new ImportJobRunner(scopes, Node, options.Value.Lease, clock, log).RunAsync(id, stopping);
        }
        finally
        {
            running.TryRemove(id, out _);
        }
    }

    private async Task FailAbandonedAsync(PortfolioDbContext db, DateTimeOffset now, CancellationToken cancellation)
    {
        var abandoned = await db.ImportJobs.Where(j => j.State == ImportJobState.Running && j.LeaseExpiresAt < now).ToListAsync(cancellation);
        foreach (var job in abandoned.Where(j => !(j.LeaseOwner == Node && running.ContainsKey(j.Id))))
        {
            job.Fail(ImportFailure.Interrupted, null, now);
            if (await SaveUnlessChangedAsync(db, job, cancellation))
                LogAbandoned(log, job.Id, job.Attempts);
        }

        // A write, so not at every poll: once an hour is enough for what waits a week.
        if (now < nextSweep)
            return;
        nextSweep = now + SweepInterval;
        var forgotten = now - FinishedJobLifetime;
        await db.ImportJobs.Where(j => (j.State == ImportJobState.Succeeded || j.State == ImportJobState.Failed) && j.UpdatedAt < forgotten)
            .ExecuteDeleteAsync(cancellation);
    }

    /// <summary>Saves the job's change; false when another node changed it first (the conditional update matched no row).</summary>
    internal static async Task<bool> SaveUnlessChangedAsync(PortfolioDbContext db, ImportJob job, CancellationToken cancellation)
    {
        try
        {
            await db.SaveChangesAsync(cancellation);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.Entry(job).State = EntityState.Detached;
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import job {JobId} was abandoned by its node (attempt {Attempts}); failed so its candidate can try again.")]
    private static partial void LogAbandoned(ILogger logger, Guid jobId, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "The import queue could not be read ({Exception}); trying again shortly.")]
    private static partial void LogQueueFault(ILogger logger, string exception);
}
