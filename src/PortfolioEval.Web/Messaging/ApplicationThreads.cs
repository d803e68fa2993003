using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Messaging;
using PortfolioEval.Web.Consent;
using PortfolioEval.Web.Notifications;

namespace PortfolioEval.Web.Messaging;

/// <summary>One message of a thread as a page shows it.</summary>
public sealed record ThreadMessage(DateTimeOffset SentAt, bool FromCandidate, string Author, string Body);

/// <summary>
/// An application's thread as one side reads it. <paramref name="Contact"/> is what the candidate chose to give the
/// company (only on the company's side, only while the consent is in force); <paramref name="CanWrite"/> is false once
/// the consent has ended.
/// </summary>
public sealed record ApplicationThread(CandidateConsent Consent, string Company, string? Opening, ContactShare Contact,
    IReadOnlyList<ThreadMessage> Messages, bool CanWrite);

/// <summary>
/// The message thread of each application (a consent). A company's recruiter reaches it only through
/// <see cref="CompanyReports.DecideConsentAsync"/>, the one consent gate: another company's, a revoked or expired consent,
/// and an admin all get "not found". Each message a recruiter sends is logged for the candidate; each message is
/// passed on by <see cref="Notifier"/> (in the portal and by email, with no address of either side).
/// </summary>
public sealed class ApplicationThreads(PortfolioDbContext db, CompanyReports reports, Notifier notifier, TimeProvider clock)
{
    /// <summary>The thread as the user's company sees it; null when the consent is not one they may act on now.</summary>
    public async Task<ApplicationThread?> ForCompanyAsync(ClaimsPrincipal user, Guid consentId, CancellationToken cancellation)
    {
        if (await reports.DecideConsentAsync(user, consentId, cancellation) is null)
            return null;
        var consent = await db.Consents.AsNoTracking().SingleAsync(c => c.Id == consentId, cancellation);
        return await ThreadAsync(consent, consent.Contact, canWrite: true, cancellation);
    }

    /// <summary>False when the consent is not one the user may act on now.</summary>
    public async Task<bool> SendFromCompanyAsync(ClaimsPrincipal user, Guid consentId, string body, CancellationToken cancellation)
    {
        if (await reports.DecideConsentAsync(user, consentId, cancellation) is not { } decided)
            return false;
        var recruiterId = user.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var consent = await db.Consents.AsNoTracking().SingleAsync(c => c.Id == consentId, cancellation);
        var now = clock.GetUtcNow();
        var message = ApplicationMessage.FromARecruiter(consent, recruiterId, body, now);
        db.Messages.Add(message);
        db.AccessLog.Add(AccessLogEntry.Of(decided.Decision, consent.CandidateId, recruiterId, consent.BookId, AccessAction.Message, now));
        await db.SaveChangesAsync(cancellation);
        await notifier.MessageAsync(consent, message, cancellation);
        return true;
    }

    /// <summary>The candidate's own thread and what they gave for contact, whatever the consent's state (it is their data); null when it is not theirs.</summary>
    public async Task<ApplicationThread?> ForCandidateAsync(string candidateId, Guid consentId, CancellationToken cancellation)
    {
        var consent = await db.Consents.AsNoTracking().SingleOrDefaultAsync(c => c.Id == consentId && c.CandidateId == candidateId, cancellation);
        return consent is null ? null : await ThreadAsync(consent, consent.Contact, consent.IsInForce(clock.GetUtcNow()), cancellation);
    }

    /// <summary>False when the consent is not the candidate's or no longer in force: an ended application takes no messages.</summary>
    public async Task<bool> SendFromCandidateAsync(string candidateId, Guid consentId, string body, CancellationToken cancellation)
    {
        var consent = await db.Consents.AsNoTracking().SingleOrDefaultAsync(c => c.Id == consentId && c.CandidateId == candidateId, cancellation);
        if (consent is null || !consent.IsInForce(clock.GetUtcNow()))
            return false;
        var message = ApplicationMessage.FromTheCandidate(consent, body, clock.GetUtcNow());
        db.Messages.Add(message);
        await db.SaveChangesAsync(cancellation);
        await notifier.MessageAsync(consent, message, cancellation);
        return true;
    }

    private async Task<ApplicationThread> ThreadAsync(CandidateConsent consent, ContactShare contact, bool canWrite, CancellationToken cancellation)
    {
        var company = await db.HiringCompanies.Where(c => c.Id == consent.CompanyId).Select(c => c.Name).SingleAsync(cancellation);
        var opening = consent.OpeningId is { } openingId
            ? await db.Openings.Where(o => o.Id == openingId).Select(o => o.Title).SingleOrDefaultAsync(cancellation)
            : null;
        var messages = await db.Messages.AsNoTracking().Where(m => m.ConsentId == consent.Id).OrderBy(m => m.SentAt).ToListAsync(cancellation);
        var authorIds = messages.Where(m => !m.FromCandidate).Select(m => m.AuthorId).Distinct().ToList();
        var authors = await db.Users.Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellation);
        return new ApplicationThread(consent, company, opening, contact,
            [.. messages.Select(m => new ThreadMessage(m.SentAt, m.FromCandidate,
                m.FromCandidate ? consent.SharedName : authors.GetValueOrDefault(m.AuthorId) ?? company, m.Body))],
            canWrite);
    }
}
