namespace PortfolioEval.Web.Email;

/// <summary>Sweeps expired outbox messages at start-up and then every hour. Logs counts only, never an address.</summary>
public sealed partial class OutboxExpiry(OutboxMessages outbox, TimeProvider clock, ILogger<OutboxExpiry> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var deleted = outbox.DeleteExpired();
                if (deleted > 0)
                    LogSwept(log, deleted);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file held open or a folder gone for a while: the next tick tries again.
                LogFailed(log, e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: {Count} expired messages deleted.")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox sweep failed with {Error}; it runs again in an hour.")]
    private static partial void LogFailed(ILogger logger, string error);
}
