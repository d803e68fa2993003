using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Privacy;
using PortfolioEval.Scoring;
using PortfolioEval.Web.Privacy;
using PortfolioEval.Web.Scoring;

namespace PortfolioEval.Web.Consent;

/// <summary>A report as a hiring company reads it, with the consent that lets it.</summary>
public sealed record CompanyReport(CandidateConsent Consent, ScoreReport Report);

/// <summary>
/// The only way recruiter pages read a candidate's report: <see cref="ReportAccessHandler"/> decides from the database
/// on this request, the access is written to the log in the same step, and then the shared report is decrypted.
/// Null means not found, whatever the reason (no such book, no consent, another company, revoked, expired).
/// </summary>
public sealed partial class CompanyReports(PortfolioDbContext db, ReportAccessHandler access, CandidateKeys keys, TimeProvider clock, IReportAccessData data)
{
    public async Task<CompanyReport?> OpenAsync(ClaimsPrincipal user, Guid bookId, ReportAccessRequirement requirement, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        var decision = await access.DecideAsync(user, new ReportResource(bookId), cancellation);
        // The owner reads their own report on the candidate's pages, never through a company's.
        if (!decision.IsAllowed || decision.IsOwner)
            return null;

        var consent = await db.Consents.AsNoTracking().SingleAsync(c => c.Id == decision.ConsentId, cancellation);
        var shared = await db.SharedReports.AsNoTracking().SingleOrDefaultAsync(r => r.ConsentId == consent.Id, cancellation);
        var secret = shared is null ? null : await keys.FindAsync(consent.CandidateId, cancellation);
        if (shared is null || secret is null)
            return null; // revoked or erased between the decision and now

        db.AccessLog.Add(AccessLogEntry.Of(decision, consent.CandidateId, user.FindFirstValue(ClaimTypes.NameIdentifier)!, bookId,
            requirement.LoggedAs, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellation);
        var json = ChunkedCipher.Decrypt(shared.Ciphertext, secret.DataKey, SharedReport.Context(consent.Id));
        return new CompanyReport(consent, ReportJson.Deserialize(json));
    }
}
