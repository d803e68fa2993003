using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PortfolioEval.Data;
using PortfolioEval.Webhooks;

namespace PortfolioEval.Web.Webhooks;

/// <summary>
/// Sends the outbox on every node: each round it writes the expiries that came due (<see cref="WebhookExpiries"/>),
/// then claims due deliveries one by one with a conditional update (only one node's update matches), sends each, and
/// records the answer. A node that dies mid-send loses its claim when the lease runs out; another sends it again, so a
/// receiver may see a delivery twice and should use its id to ignore the second (ADR-009).
/// </summary>
public sealed partial class WebhookWorker(IServiceScopeFactory scopes, IOptions<WebhookOptions> options, TimeProvider clock,
    ILogger<WebhookWorker> logger) : BackgroundService
{
    private const int Batch = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Send)
            return;
        var poll = TimeSpan.FromMilliseconds(options.Value.PollMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
                await Task.Delay(poll, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // A database hiccup must not stop the node's sending for good: the next round tries again.
                LogRoundFailed(logger, e);
                await Task.Delay(poll, clock, CancellationToken.None);
            }
        }
    }

    /// <summary>One round: expiries, then every due delivery this node claims. Returns how many were attempted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellation)
    {
        await using (var scope = scopes.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<WebhookExpiries>().WriteDueAsync(cancellation);

        var attempted = 0;
        while (!cancellation.IsCancellationRequested)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
            var now = clock.GetUtcNow();
            var due = await db.WebhookDeliveries.AsNoTracking()
                .Where(d => d.NextAttemptAt != null && d.NextAttemptAt <= now && (d.ClaimedUntil == null || d.ClaimedUntil < now))
                .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(Batch).ToListAsync(cancellation);
            if (due.Count == 0)
                return attempted;
            foreach (var id in due)
                if (await TrySendAsync(id, cancellation))
                    attempted++;
        }
        return attempted;
    }

    private async Task<bool> TrySendAsync(Guid id, CancellationToken cancellation)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var now = clock.GetUtcNow();
        DateTimeOffset? until = now.AddSeconds(options.Value.LeaseSeconds);
        var claimed = await db.WebhookDeliveries
            .Where(d => d.Id == id && d.NextAttemptAt != null && d.NextAttemptAt <= now && (d.ClaimedUntil == null || d.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.ClaimedUntil, until), cancellation);
        if (claimed != 1)
            return false; // another node has it, or it was sent meanwhile

        var delivery = await db.WebhookDeliveries.SingleAsync(d => d.Id == id, cancellation);
        var endpoint = await db.WebhookEndpoints.AsNoTracking().SingleAsync(e => e.Id == delivery.EndpointId, cancellation);
        if (endpoint.RemovedAt is not null)
        {
            delivery.Cancel(now);
            await db.SaveChangesAsync(cancellation);
            return false;
        }
        var (status, error) = await scope.ServiceProvider.GetRequiredService<WebhookSender>().SendAsync(endpoint, delivery, cancellation);
        if (error == WebhookDelivery.RefusedAddress)
            delivery.Refuse(clock.GetUtcNow());
        else
            delivery.Record(status, error, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellation);
        LogAttempt(logger, delivery.Id, delivery.Attempts, status);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A round of webhook deliveries failed; the next round tries again.")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook delivery {DeliveryId}, attempt {Attempt}: status {Status}.")]
    private static partial void LogAttempt(ILogger logger, Guid deliveryId, int attempt, int? status);
}
