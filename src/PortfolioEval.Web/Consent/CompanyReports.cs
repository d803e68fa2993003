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
public sealed partial class CompanyReports(PortfolioDbContext db, CandidateKeys keys, TimeProvider clock)
{
    public async Task<CompanyReport?> OpenAsync(ClaimsPrincipal user, Guid bookId, ReportAccessRequirement requirement, CancellationToken cancellation) =>
        (await OpenManyAsync(user, [bookId], requirement, cancellation))?.Single();

    /// <summary>
    /// The reports of <paramref name="bookIds"/> (each asked for once), in that order; null unless every one may be read
    /// now, and then nothing is logged. The same queries however many books: the reader, their company's consents for
    /// the books with their reports, the candidates' keys, and one save for the log.
    /// </summary>
    public async Task<IReadOnlyList<CompanyReport>?> OpenManyAsync(ClaimsPrincipal user, IReadOnlyList<Guid> bookIds,
        ReportAccessRequirement requirement, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(bookIds);
        ArgumentNullException.ThrowIfNull(requirement);
        // Only the company's consents, in any state: the rule ignores every other, so it picks the same one it would
        // from all of the book's.
        var read = await ReadAsync(user, db.Consents.Where(c => bookIds.Contains(c.BookId)),
            (j, facts) => new { Facts = facts, j.Owner, j.Consent, Ciphertext = j.Report == null ? null : j.Report.Ciphertext }, cancellation);
        if (read is null)
            return null;

        var byBook = read.Rows.ToLookup(r => r.Facts.BookId);
        var allowed = new List<(CandidateConsent Consent, ReportAccessDecision Decision, byte[] Ciphertext)>();
        foreach (var bookId in bookIds)
        {
            var consents = byBook[bookId].ToList();
            if (consents.Count == 0)
                return null;
            var decision = read.Decide(consents[0].Owner, bookId, [.. consents.Select(c => c.Facts)]);
            // The owner reads their own report on the candidate's pages, never through a company's.
            if (!decision.IsAllowed || decision.IsOwner)
                return null;
            var chosen = consents.Single(c => c.Facts.ConsentId == decision.ConsentId);
            if (chosen.Ciphertext is null)
                return null; // not expected: revoking and erasing delete the report in the transaction that ends the consent
            allowed.Add((chosen.Consent, decision, chosen.Ciphertext));
        }

        var secrets = await keys.FindManyAsync(allowed.Select(a => a.Consent.CandidateId), cancellation);
        if (allowed.Any(a => !secrets.ContainsKey(a.Consent.CandidateId)))
            return null; // erased since the consents were read

        var now = clock.GetUtcNow();
        foreach (var (consent, decision, _) in allowed)
            db.AccessLog.Add(AccessLogEntry.Of(decision, consent.CandidateId, read.UserId, consent.BookId, requirement.LoggedAs, now,
                ApiKeyClaims.KeyNameOf(user)));
        await db.SaveChangesAsync(cancellation);
        return [.. allowed.Select(a => new CompanyReport(a.Consent, ReportJson.Deserialize(
            ChunkedCipher.Decrypt(a.Ciphertext, secrets[a.Consent.CandidateId].DataKey, SharedReport.Context(a.Consent.Id)))))];
    }
}
