using Microsoft.EntityFrameworkCore;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Webhooks;

namespace PortfolioEval.Web.Webhooks;

/// <summary>
/// An expiry is no one's action, so no save can write its event: the worker finds consents that ran out (by the one
/// rule, <see cref="ConsentFacts.StateAt"/>) and writes one delivery per endpoint that hears them. The delivery's
/// dedupe key is unique per endpoint, so two nodes scanning at once write it once.
/// </summary>
public sealed class WebhookExpiries(PortfolioDbContext db, TimeProvider clock)
{
    /// <summary>How far back a scan looks: a portal stopped for longer than this does not announce older expiries.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    public async Task<int> WriteDueAsync(CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var endpoints = (await db.WebhookEndpoints.AsNoTracking().Where(e => e.RemovedAt == null).ToListAsync(cancellation))
            .Where(e => e.Hears(WebhookEvent.ConsentExpired)).ToList();
        if (endpoints.Count == 0)
            return 0;
        var companyIds = endpoints.Select(e => e.CompanyId).Distinct().ToList();
        var since = now - Window;
        var recent = db.Consents.AsNoTracking().Where(c => companyIds.Contains(c.CompanyId) && c.ExpiresAt <= now && c.ExpiresAt > since);
        var expired = (await recent.Select(ConsentFacts.Projection).ToListAsync(cancellation))
            .Where(f => f.StateAt(now) == ConsentState.Expired).ToList();
        if (expired.Count == 0)
            return 0;
        var openings = await recent.Select(c => new { c.Id, c.OpeningId }).ToDictionaryAsync(c => c.Id, c => c.OpeningId, cancellation);

        var keys = expired.Select(f => KeyOf(f.ConsentId)).ToList();
        var endpointIds = endpoints.Select(e => e.Id).ToList();
        var written = (await db.WebhookDeliveries.AsNoTracking()
                .Where(d => d.DedupeKey != null && keys.Contains(d.DedupeKey) && endpointIds.Contains(d.EndpointId))
                .Select(d => new { d.EndpointId, d.DedupeKey }).ToListAsync(cancellation))
            .Select(d => (d.EndpointId, d.DedupeKey!)).ToHashSet();
        var added = 0;
        foreach (var facts in expired)
        {
            var key = KeyOf(facts.ConsentId);
            // An endpoint hears of expiries after it was registered, not of every consent that ever ran out.
            foreach (var endpoint in endpoints.Where(e => e.CompanyId == facts.CompanyId && e.CreatedAt < facts.ExpiresAt))
            {
                if (written.Contains((endpoint.Id, key)))
                    continue;
                var payload = WebhookOutbox.PayloadOf(Guid.NewGuid(), WebhookEvent.ConsentExpired,
                    new WebhookSubject(facts.ConsentId, openings.GetValueOrDefault(facts.ConsentId)), facts.ExpiresAt);
                db.WebhookDeliveries.Add(new WebhookDelivery(endpoint, WebhookEvent.ConsentExpired, payload, now, key));
                added++;
            }
        }
        if (added == 0)
            return 0;
        try
        {
            await db.SaveChangesAsync(cancellation);
        }
        catch (DbUpdateException)
        {
            // Another node wrote the same expiries first (the unique dedupe key): theirs stand.
            db.ChangeTracker.Clear();
            return 0;
        }
        return added;
    }

    private static string KeyOf(Guid consentId) => "consent.expired:" + consentId.ToString("N");
}
