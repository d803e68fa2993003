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
        ReportAccessRequirement requirement, CancellationToken cancellation) =>
        (await DecideAndLogAsync(user, bookIds, requirement, comparing: false, cancellation))?
            .Select(a => new CompanyReport(a.Consent, ReportJson.Deserialize(
                ChunkedCipher.Decrypt(a.Report!, a.Secret.DataKey, SharedReport.Context(a.Consent.Id)))))
            .ToList();

    /// <summary>A consent decided and logged on this request, with the candidate's key and the stored parts asked for.</summary>
    private sealed record Allowed(CandidateConsent Consent, CandidateSecret Secret, byte[]? Report, byte[]? Comparison);

    /// <summary>
    /// Decides every book, all or nothing, then logs each access in one save before anything is decrypted. Reads the
    /// report's ciphertext unless <paramref name="comparing"/>; then only the comparison record's, and the report's
    /// only where no record is stored yet.
    /// </summary>
    private async Task<IReadOnlyList<Allowed>?> DecideAndLogAsync(ClaimsPrincipal user, IReadOnlyList<Guid> bookIds,
        ReportAccessRequirement requirement, bool comparing, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(bookIds);
        ArgumentNullException.ThrowIfNull(requirement);
        // Only the company's consents, in any state: the rule ignores every other, so it picks the same one it would
        // from all of the book's.
        var read = await ReadAsync(user, db.Consents.Where(c => bookIds.Contains(c.BookId)),
            (j, facts) => new
            {
                Facts = facts,
                j.Owner,
                j.Consent,
                Exists = j.Report != null,
                Report = j.Report == null || (comparing && j.Report.ComparisonCiphertext != null) ? null : j.Report.Ciphertext,
                Comparison = j.Report == null || !comparing ? null : j.Report.ComparisonCiphertext,
            }, cancellation);
        if (read is null)
            return null;

        var byBook = read.Rows.ToLookup(r => r.Facts.BookId);
        var allowed = new List<(CandidateConsent Consent, ReportAccessDecision Decision, byte[]? Report, byte[]? Comparison)>();
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
            if (!chosen.Exists)
                return null; // not expected: revoking and erasing delete the report in the transaction that ends the consent
            allowed.Add((chosen.Consent, decision, chosen.Report, chosen.Comparison));
        }

        var secrets = await keys.FindManyAsync(allowed.Select(a => a.Consent.CandidateId), cancellation);
        if (allowed.Any(a => !secrets.ContainsKey(a.Consent.CandidateId)))
            return null; // erased since the consents were read

        var now = clock.GetUtcNow();
        foreach (var (consent, decision, _, _) in allowed)
            db.AccessLog.Add(AccessLogEntry.Of(decision, consent.CandidateId, read.UserId, consent.BookId, requirement.LoggedAs, now,
                ApiKeyClaims.KeyNameOf(user)));
        await db.SaveChangesAsync(cancellation);
        return [.. allowed.Select(a => new Allowed(a.Consent, secrets[a.Consent.CandidateId], a.Report, a.Comparison))];
    }
}
