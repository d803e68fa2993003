using Microsoft.EntityFrameworkCore;
using PortfolioEval.Consent;
using PortfolioEval.Data;

namespace PortfolioEval.Web.Notifications;

/// <summary>
/// Tells candidates a week before a consent ends. Each consent is first claimed with a conditional update that matches
/// only while nobody has reminded it (<see cref="CandidateConsent.ExpiryRemindedAt"/> still empty); only the node whose
/// update changed the row tells the candidate, so two nodes never both send. Renewing clears the mark.
/// </summary>
public sealed class ExpiryReminders(PortfolioDbContext db, Notifier notifier, TimeProvider clock)
{
    /// <summary>How long before the end the candidate is told.</summary>
    public static readonly TimeSpan Ahead = TimeSpan.FromDays(7);

    /// <summary>Reminds every consent due; returns how many this call reminded.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var until = now + Ahead;
        var due = await db.Consents.AsNoTracking()
            .Where(c => c.ExpiryRemindedAt == null && c.RevokedAt == null && c.WithdrawnAt == null && c.ExpiresAt > now && c.ExpiresAt <= until)
            .Select(ConsentFacts.Projection)
            .ToListAsync(cancellation);
        var reminded = 0;
        foreach (var facts in due.Where(f => CandidateConsent.ReminderDue(f.ExpiresAt, null, f.StateAt(now), now, Ahead)))
        {
            var claimed = await db.Consents
                .Where(c => c.Id == facts.ConsentId && c.ExpiryRemindedAt == null && c.RevokedAt == null && c.WithdrawnAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.ExpiryRemindedAt, now), cancellation);
            if (claimed == 0)
                continue;
            try
            {
                var consent = await db.Consents.AsNoTracking().SingleAsync(c => c.Id == facts.ConsentId, cancellation);
                await notifier.ExpiringAsync(consent, cancellation);
                reminded++;
            }
            catch
            {
                // Not told, so not reminded: the next pass tries again.
                await db.Consents.Where(c => c.Id == facts.ConsentId && c.ExpiryRemindedAt == now)
                    .ExecuteUpdateAsync(set => set.SetProperty(c => c.ExpiryRemindedAt, (DateTimeOffset?)null), CancellationToken.None);
                throw;
            }
        }
        return reminded;
    }
}

/// <summary>Runs <see cref="ExpiryReminders"/> at start-up and then every hour, in a scope of its own each time. Logs counts only.</summary>
public sealed partial class ExpiryReminderJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ExpiryReminderJob> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var reminded = await scope.ServiceProvider.GetRequiredService<ExpiryReminders>().RunOnceAsync(stoppingToken);
                if (reminded > 0)
                    LogReminded(log, reminded);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database or the mail server may be away for a while; the next tick tries again.
                LogFailed(log, e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Consent expiry: {Count} candidates reminded.")]
    private static partial void LogReminded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Consent expiry reminders failed with {Error}; they run again in an hour.")]
    private static partial void LogFailed(ILogger logger, string error);
}
