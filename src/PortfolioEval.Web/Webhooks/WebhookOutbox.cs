using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Data;
using PortfolioEval.Webhooks;

namespace PortfolioEval.Web.Webhooks;

/// <summary>What a delivery tells: the application (a consent's id), its opening, and for a status change the new status.</summary>
public sealed record WebhookSubject(Guid ApplicationId, Guid? OpeningId, string? Status = null);

/// <summary>
/// Writes events to the outbox: one delivery for each of the company's endpoints that hears the event, added to the
/// caller's unit of work, so the event is saved in the same transaction as what it tells, or not at all.
/// </summary>
public sealed class WebhookOutbox(PortfolioDbContext db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task AddAsync(Guid companyId, WebhookEvent kind, WebhookSubject subject, DateTimeOffset at, CancellationToken cancellation)
    {
        var endpoints = await EndpointsHearingAsync(companyId, kind, cancellation);
        if (endpoints.Count == 0)
            return;
        var payload = PayloadOf(Guid.NewGuid(), kind, subject, at);
        foreach (var endpoint in endpoints)
            db.WebhookDeliveries.Add(new WebhookDelivery(endpoint, kind, payload, at));
    }

    /// <summary>The body of a delivery: the event's id, type and time, and ids. Never a report's contents.</summary>
    public static string PayloadOf(Guid eventId, WebhookEvent kind, WebhookSubject subject, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return JsonSerializer.Serialize(new
        {
            id = eventId,
            type = WebhookEvents.Names[kind],
            occurredAt = at.ToUniversalTime(),
            data = new { applicationId = subject.ApplicationId, openingId = subject.OpeningId, status = subject.Status },
        }, Json);
    }

    internal async Task<IReadOnlyList<WebhookEndpoint>> EndpointsHearingAsync(Guid companyId, WebhookEvent kind, CancellationToken cancellation) =>
        [.. (await db.WebhookEndpoints.AsNoTracking().Where(e => e.CompanyId == companyId && e.RemovedAt == null).ToListAsync(cancellation))
            .Where(e => e.Hears(kind))];
}
