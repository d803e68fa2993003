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
    /// the books, the chosen consents with their reports, the candidates' keys, and one save for the log.
    /// </summary>
    public async Task<IReadOnlyList<CompanyReport>?> OpenManyAsync(ClaimsPrincipal user, IReadOnlyList<Guid> bookIds,
        ReportAccessRequirement requirement, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(bookIds);
        ArgumentNullException.ThrowIfNull(requirement);
        // Only the company's consents, in any state: the rule ignores every other, so it picks the same one it would
        // from all of the book's. A consent whose report is gone is kept, as the rule would still see it.
        if (await ReadAsync(user, db.Consents.Where(c => bookIds.Contains(c.BookId)), cancellation) is not { } read)
            return null;

        var byBook = read.Rows.ToLookup(r => r.Facts.BookId);
        var allowed = new List<(StoredConsent Row, ReportAccessDecision Decision)>();
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
            if (chosen.Figures is null)
                return null; // not expected: revoking and erasing delete the report in the transaction that ends the consent
            allowed.Add((chosen, decision));
        }

        var chosenIds = allowed.Select(a => a.Row.Facts.ConsentId).ToList();
        var stored = await (
            from consent in db.Consents.AsNoTracking()
            where chosenIds.Contains(consent.Id)
            join report in db.SharedReports on consent.Id equals report.ConsentId
            select new { Consent = consent, report.Ciphertext }).ToDictionaryAsync(r => r.Consent.Id, cancellation);
        if (allowed.Any(a => !stored.ContainsKey(a.Row.Facts.ConsentId)))
            return null; // revoked or erased since the consents were read

        var secrets = await keys.FindManyAsync(allowed.Select(a => a.Row.Facts.CandidateId), cancellation);
        if (allowed.Any(a => !secrets.ContainsKey(a.Row.Facts.CandidateId)))
            return null; // erased since the consents were read

        var now = clock.GetUtcNow();
        foreach (var (row, decision) in allowed)
            db.AccessLog.Add(AccessLogEntry.Of(decision, row.Facts.CandidateId, read.UserId, row.Facts.BookId, requirement.LoggedAs, now));
        await db.SaveChangesAsync(cancellation);
        return [.. allowed.Select(a => stored[a.Row.Facts.ConsentId]).Select(s => new CompanyReport(s.Consent, ReportJson.Deserialize(
            ChunkedCipher.Decrypt(s.Ciphertext, secrets[s.Consent.CandidateId].DataKey, SharedReport.Context(s.Consent.Id)))))];
    }
}
