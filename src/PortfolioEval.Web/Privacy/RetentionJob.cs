using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PortfolioEval.Data;
using PortfolioEval.Privacy;

namespace PortfolioEval.Web.Privacy;

/// <summary>Settings under <c>Retention</c>.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>
    /// How often the job looks for inactive candidates (default one hour, between one minute and one day). A warning
    /// or an erasure can come this much later than its date: a longer interval delays both.
    /// </summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    public static readonly TimeSpan MinInterval = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan MaxInterval = TimeSpan.FromDays(1);
}

/// <summary>What one pass did, in counts.</summary>
public sealed record RetentionPass(int Warned, int Erased, int Failed);

/// <summary>
/// Warns inactive candidates and erases their books once the warning has run out (<see cref="Retention"/>), at start-up
/// and then every <see cref="RetentionOptions.Interval"/>. Reads the policy on each pass, so every node applies the
/// admin's current setting. Logs counts only: never an email, a name or an id.
/// </summary>
public sealed partial class RetentionJob(
    IServiceScopeFactory scopes,
    IOptions<RetentionOptions> options,
    TimeProvider clock,
    ILogger<RetentionJob> log) : BackgroundService
{
    // One pass at a time in this process: the timer and an admin's "Run now" wait for each other.
    private readonly SemaphoreSlim _onePass = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be away for a while; the next tick tries again.
                LogPassFailed(log, e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<RetentionPass> RunOnceAsync(CancellationToken cancellation)
    {
        await _onePass.WaitAsync(cancellation);
        try
        {
            return await PassAsync(cancellation);
        }
        finally
        {
            _onePass.Release();
        }
    }

    private async Task<RetentionPass> PassAsync(CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        RetentionPolicy policy;
        List<RetentionCandidate> candidates;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
            policy = await db.RetentionPolicy.AsNoTracking().SingleAsync(cancellation);
            candidates = await RetentionCandidates.MaybeDueAsync(db, policy, now, cancellation);
        }

        int warned = 0, erased = 0, failed = 0;
        foreach (var candidate in candidates)
        {
            var step = candidate.Next(policy, now);
            if (step == RetentionStep.Nothing)
                continue;
            try
            {
                // A scope each: one account's failure leaves no half-done state behind for the next.
                await using var scope = scopes.CreateAsyncScope();
                var steps = scope.ServiceProvider.GetRequiredService<RetentionSteps>();
                if (step == RetentionStep.Warn && await steps.WarnAsync(candidate, policy, now, cancellation))
                    warned++;
                else if (step == RetentionStep.EraseBooks && await steps.EraseBooksAsync(candidate, now, cancellation))
                    erased++;
            }
            catch (Exception e) when (!cancellation.IsCancellationRequested)
            {
                // The type only: an exception's message may carry an address.
                failed++;
                LogCandidateFailed(log, step, e.GetType().Name);
            }
        }
        if (warned + erased + failed == 0)
            LogNothingToDo(log, candidates.Count);
        else
            LogPass(log, warned, erased, failed);
        return new RetentionPass(warned, erased, failed);
    }

    public override void Dispose()
    {
        _onePass.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention pass: {Warned} candidates warned, {Erased} had their books erased, {Failed} failed.")]
    private static partial void LogPass(ILogger logger, int warned, int erased, int failed);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Retention pass: nothing to do ({Looked} candidates looked at).")]
    private static partial void LogNothingToDo(ILogger logger, int looked);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention: one candidate's {Step} failed with {Error}; the pass goes on with the others.")]
    private static partial void LogCandidateFailed(ILogger logger, RetentionStep step, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention pass failed with {Error}; it runs again at the next interval.")]
    private static partial void LogPassFailed(ILogger logger, string error);
}
