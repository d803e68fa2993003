using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PortfolioEval.Data;
using PortfolioEval.Webhooks;

namespace PortfolioEval.Web.Webhooks;

/// <summary>An endpoint as its company sees it, with its latest deliveries (newest first).</summary>
public sealed record EndpointView(WebhookEndpoint Endpoint, IReadOnlyList<WebhookDelivery> Deliveries);

/// <summary>A company's webhook endpoints: registered, listed with their deliveries, removed. Every query is scoped to the company.</summary>
public sealed class WebhookEndpoints(PortfolioDbContext db, WebhookSecrets secrets, IOptions<WebhookOptions> options, TimeProvider clock)
{
    public const int DeliveriesShown = 10;

    /// <summary>The new endpoint and its signing secret (shown once), or why the address is refused.</summary>
    public async Task<(WebhookEndpoint? Endpoint, string? Secret, WebhookUrlProblem? Problem)> RegisterAsync(
        Guid companyId, string userId, string? url, WebhookEvent events, CancellationToken cancellation)
    {
        if (WebhookUrl.Check(url, options.Value.AllowLoopbackHttp, out var address) is { } problem)
            return (null, null, problem);
        if (await WebhookNetwork.CheckHostAsync(address!, options.Value.AllowLoopbackHttp, cancellation) is { } network)
            return (null, null, network);
        var secret = WebhookSecrets.New();
        var endpoint = new WebhookEndpoint(companyId, address!, events, secrets.Protect(secret), userId, clock.GetUtcNow());
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(cancellation);
        return (endpoint, secret, null);
    }

    public async Task<IReadOnlyList<EndpointView>> ListAsync(Guid companyId, CancellationToken cancellation)
    {
        var endpoints = await db.WebhookEndpoints.AsNoTracking().Where(e => e.CompanyId == companyId && e.RemovedAt == null)
            .OrderBy(e => e.CreatedAt).ToListAsync(cancellation);
        var views = new List<EndpointView>();
        foreach (var endpoint in endpoints)
        {
            var recent = await db.WebhookDeliveries.AsNoTracking().Where(d => d.EndpointId == endpoint.Id)
                .OrderByDescending(d => d.CreatedAt).Take(DeliveriesShown).ToListAsync(cancellation);
            views.Add(new EndpointView(endpoint, recent));
        }
        return views;
    }

    /// <summary>Stops the endpoint and cancels what it was still owed. False when it is not the company's.</summary>
    public async Task<bool> RemoveAsync(Guid companyId, Guid endpointId, CancellationToken cancellation)
    {
        var endpoint = await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == endpointId && e.CompanyId == companyId && e.RemovedAt == null, cancellation);
        if (endpoint is null)
            return false;
        var now = clock.GetUtcNow();
        endpoint.Remove(now);
        foreach (var pending in await db.WebhookDeliveries.Where(d => d.EndpointId == endpointId && d.NextAttemptAt != null).ToListAsync(cancellation))
            pending.Cancel(now);
        await db.SaveChangesAsync(cancellation);
        return true;
    }
}
