using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Privacy;
using PortfolioEval.Scoring;
using PortfolioEval.Web.Scoring;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Consent;

/// <summary>A report as a hiring company reads it, with the consent that lets it.</summary>
public sealed record CompanyReport(CandidateConsent Consent, ScoreReport Report);

/// <summary>
/// The only way recruiter pages read a candidate's report: <see cref="ReportAccess.Decide"/> decides from the database
/// on this request, the access is written to the log, and only then is the shared report decrypted.
/// Null means not found, whatever the reason (no such book, no consent, another company, revoked, expired).
/// </summary>
public sealed partial class CompanyReports(PortfolioDbContext db, CandidateKeys keys, TimeProvider clock, IReportAccessData data)
{
    public async Task<CompanyReport?> OpenAsync(ClaimsPrincipal user, Guid bookId, ReportAccessRequirement requirement, CancellationToken cancellation) =>
        (await OpenManyAsync(user, [bookId], requirement, cancellation))?.Single();

    /// <summary>
    /// The reports of <paramref name="bookIds"/> (each asked for once), in that order; null unless every one may be read
    /// now, and then nothing is logged. The same queries however many books: the reader, their company's consents for
    /// the books with the reports, the candidates' keys, and one save for the log.
    /// </summary>
    public async Task<IReadOnlyList<CompanyReport>?> OpenManyAsync(ClaimsPrincipal user, IReadOnlyList<Guid> bookIds,
        ReportAccessRequirement requirement, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(bookIds);
        ArgumentNullException.ThrowIfNull(requirement);
        if (await FindCompanyReaderAsync(user, cancellation) is not (var userId, var reader, var companyId))
            return null;

        // Only the company's consents, in any state: the rule ignores every other, so it picks the same one it would
        // from all of the book's. The left join keeps a consent whose report is gone, as the rule would still see it.
        var rows = await (
            from consent in db.Consents.AsNoTracking()
            where consent.CompanyId == companyId && bookIds.Contains(consent.BookId)
            join book in db.ClientBooks on consent.BookId equals book.Id
            from report in db.SharedReports.Where(r => r.ConsentId == consent.Id).DefaultIfEmpty()
            select new { Consent = consent, Owner = book.CandidateId, Ciphertext = report == null ? null : report.Ciphertext })
            .ToListAsync(cancellation);

        var now = clock.GetUtcNow();
        var byBook = rows.ToLookup(r => r.Consent.BookId);
        var allowed = new List<(CandidateConsent Consent, ReportAccessDecision Decision, byte[] Ciphertext)>();
        foreach (var bookId in bookIds)
        {
            var consents = byBook[bookId].ToList();
            if (consents.Count == 0)
                return null;
            var decision = ReportAccess.Decide(new ReportAccessRequest(userId, reader.Roles, companyId, consents[0].Owner, bookId,
                [.. consents.Select(c => ConsentFacts.Of(c.Consent))], now));
            // The owner reads their own report on the candidate's pages, never through a company's.
            if (!decision.IsAllowed || decision.IsOwner)
                return null;
            var chosen = consents.Single(c => c.Consent.Id == decision.ConsentId);
            if (chosen.Ciphertext is null)
                return null; // not expected: revoking and erasing delete the report in the transaction that ends the consent
            allowed.Add((chosen.Consent, decision, chosen.Ciphertext));
        }

        var secrets = await keys.FindManyAsync(allowed.Select(a => a.Consent.CandidateId), cancellation);
        if (allowed.Any(a => !secrets.ContainsKey(a.Consent.CandidateId)))
            return null; // erased since the consents were read

        foreach (var (consent, decision, _) in allowed)
            db.AccessLog.Add(AccessLogEntry.Of(decision, consent.CandidateId, userId, consent.BookId, requirement.LoggedAs, now));
        await db.SaveChangesAsync(cancellation);
        return [.. allowed.Select(a => new CompanyReport(a.Consent, ReportJson.Deserialize(
            ChunkedCipher.Decrypt(a.Ciphertext, secrets[a.Consent.CandidateId].DataKey, SharedReport.Context(a.Consent.Id)))))];
    }

    /// <summary>
    /// Only the user's id comes from the cookie; roles and company are read now. Null unless the user is signed in and
    /// belongs to a company (<see cref="ReportAccess.Decide"/> still checks the role).
    /// </summary>
    private async Task<(string UserId, ReportReader Reader, Guid CompanyId)?> FindCompanyReaderAsync(ClaimsPrincipal user, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        if (string.IsNullOrEmpty(userId) || await data.FindReaderAsync(userId, cancellation) is not { CompanyId: { } companyId } reader)
            return null;
        return (userId, reader, companyId);
    }
}
