using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Recruiting;
using PortfolioEval.Web.Consent;
using PortfolioEval.Web.Webhooks;
using PortfolioEval.Webhooks;
using PortfolioEval.Web.Notifications;

namespace PortfolioEval.Web.Recruiting;

/// <summary>
/// A company's shortlist: where each candidate stands and its private notes. A recruiter changes them only while the
/// candidate's consent is in force (decided by <see cref="CompanyReports"/>, the one rule); a status change is logged
/// for the candidate in the same save, a note is not (it is the company's own).
/// </summary>
public sealed class Shortlists(PortfolioDbContext db, CompanyReports reports, WebhookOutbox webhooks, Notifier notifier, TimeProvider clock)
{
    /// <summary>The company's entries for these consents, by consent; a consent without one is <see cref="ShortlistStatus.New"/>.</summary>
    public async Task<IReadOnlyDictionary<Guid, ShortlistEntry>> OfAsync(Guid companyId, IReadOnlyCollection<Guid> consentIds, CancellationToken cancellation) =>
        await db.Shortlist.AsNoTracking().Where(e => e.CompanyId == companyId && consentIds.Contains(e.ConsentId))
            .ToDictionaryAsync(e => e.ConsentId, cancellation);

    /// <summary>
    /// False when the consent is not one the user may act on now (not found, whatever the reason). A change is logged
    /// for the candidate and told to the company's webhooks in the same save.
    /// </summary>
    public async Task<bool> MoveAsync(ClaimsPrincipal user, Guid openingId, Guid consentId, ShortlistStatus status, CancellationToken cancellation)
    {
        if (await DecideAsync(user, openingId, consentId, cancellation) is not { } decided)
            return false;
        var (recruiterId, now) = (RecruiterOf(user), clock.GetUtcNow());
        var entry = await EntryAsync(consentId, recruiterId, now, cancellation);
        var moved = entry.Move(status, recruiterId, now);
        if (moved)
        {
            db.AccessLog.Add(AccessLogEntry.Of(decided.Decision, decided.CandidateId, recruiterId, decided.Figures.BookId, AccessAction.StatusChange, now,
                ApiKeyClaims.KeyNameOf(user)));
            await webhooks.AddAsync(decided.Decision.CompanyId!.Value, WebhookEvent.StatusChanged, new WebhookSubject(consentId, openingId, status.ToString()), now, cancellation);
        }
        await db.SaveChangesAsync(cancellation);
        if (moved)
            await notifier.StatusChangedAsync(await db.Consents.AsNoTracking().SingleAsync(c => c.Id == consentId, cancellation), status, cancellation);
        return true;
    }

    /// <summary>False when the consent is not one the user may act on now. The note must fit <see cref="ShortlistEntry.NoteMaxLength"/>.</summary>
    public async Task<bool> WriteNoteAsync(ClaimsPrincipal user, Guid openingId, Guid consentId, string? note, CancellationToken cancellation)
    {
        if (await DecideAsync(user, openingId, consentId, cancellation) is null)
            return false;
        var (recruiterId, now) = (RecruiterOf(user), clock.GetUtcNow());
        (await EntryAsync(consentId, recruiterId, now, cancellation)).WriteNote(note, recruiterId, now);
        await db.SaveChangesAsync(cancellation);
        return true;
    }

    private async Task<DecidedConsent?> DecideAsync(ClaimsPrincipal user, Guid openingId, Guid consentId, CancellationToken cancellation) =>
        await reports.DecideConsentAsync(user, consentId, cancellation) is { } decided && decided.OpeningId == openingId ? decided : null;

    private async Task<ShortlistEntry> EntryAsync(Guid consentId, string recruiterId, DateTimeOffset now, CancellationToken cancellation)
    {
        if (await db.Shortlist.FindAsync([consentId], cancellation) is { } entry)
            return entry;
        var consent = await db.Consents.AsNoTracking().SingleAsync(c => c.Id == consentId, cancellation);
        return db.Shortlist.Add(new ShortlistEntry(consent, recruiterId, now)).Entity;
    }

    private static string RecruiterOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
