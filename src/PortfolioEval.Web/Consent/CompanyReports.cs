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

    /// <summary>
    /// A consent decided and logged on this request, with the candidate's key, the stored parts asked for, and the title
    /// of the opening it was given for (null when shared directly with the company).
    /// </summary>
    private sealed record Allowed(CandidateConsent Consent, CandidateSecret Secret, byte[]? Report, byte[]? Comparison, string? OpeningTitle);

    /// <summary>A consent of the reader's company for one of the books asked about, as <see cref="GateRows"/> reads it.</summary>
    private sealed class GateRow
    {
        public required ConsentFacts Facts { get; init; }
        public required string Owner { get; init; }
        public required CandidateConsent Consent { get; init; }
        public required bool Exists { get; init; }
        public byte[]? Report { get; init; }
        public byte[]? Comparison { get; init; }
        public byte[]? WrappedKey { get; init; }
        public string? OpeningTitle { get; init; }
    }

    /// <summary>
    /// The company's consents (in any state) for the books, joined as the other company reads join them, with what
    /// <see cref="DecideAndLogAsync"/> reads beside each. Compiled once: every report and comparison a company opens
    /// asks it, and translating it again (its expression is large) took about 5% of a comparison's CPU. Reads rows,
    /// never keeps them: a revocation holds on the next request.
    /// </summary>
    private static readonly Func<PortfolioDbContext, Guid, Guid[], bool, IAsyncEnumerable<GateRow>> GateRows = EF.CompileAsyncQuery(WithConsentFacts<Func<PortfolioDbContext, Guid, Guid[], bool, IQueryable<GateRow>>>(
        (db, companyId, bookIds, comparing) =>
            from consent in db.Consents.AsNoTracking()
            where bookIds.Contains(consent.BookId) && consent.CompanyId == companyId
            join book in db.ClientBooks on consent.BookId equals book.Id
            from report in db.SharedReports.Where(r => r.ConsentId == consent.Id).DefaultIfEmpty()
            select new GateRow
            {
                Facts = FactsOf(consent),
                Owner = book.CandidateId,
                Consent = consent,
                Exists = report != null,
                Report = report == null || (comparing && report.ComparisonCiphertext != null) ? null : report.Ciphertext,
                Comparison = report == null || !comparing ? null : report.ComparisonCiphertext,
                WrappedKey = db.CandidateKeys.Where(k => k.CandidateId == consent.CandidateId).Select(k => k.WrappedSecret).FirstOrDefault(),
                OpeningTitle = db.Openings.Where(o => o.Id == consent.OpeningId).Select(o => o.Title).FirstOrDefault(),
            }));

    /// <summary>
    /// Decides every book, all or nothing, then logs each access (one statement for all) before anything is decrypted.
    /// Reads the report's ciphertext unless <paramref name="comparing"/>; then only the comparison record's, and the
    /// report's only where no record is stored yet. The candidates' wrapped keys and the openings' titles come with
    /// the consents, in the same query; only the allowed candidates' keys are unwrapped.
    /// </summary>
    private async Task<IReadOnlyList<Allowed>?> DecideAndLogAsync(ClaimsPrincipal user, IReadOnlyList<Guid> bookIds,
        ReportAccessRequirement requirement, bool comparing, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(bookIds);
        ArgumentNullException.ThrowIfNull(requirement);
        // Only the company's consents, in any state: the rule ignores every other, so it picks the same one it would
        // from all of the book's.
        Guid[] books = [.. bookIds];
        var read = await ReadAsync(user, companyId => GateRows(db, companyId, books, comparing), cancellation);
        if (read is null)
            return null;

        var byBook = read.Rows.ToLookup(r => r.Facts.BookId);
        var allowed = new List<(CandidateConsent Consent, ReportAccessDecision Decision, byte[]? Report, byte[]? Comparison, byte[]? WrappedKey, string? OpeningTitle)>();
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
            if (chosen.WrappedKey is null)
                return null; // erased since the consent was granted: nothing of theirs can be read
            allowed.Add((chosen.Consent, decision, chosen.Report, chosen.Comparison, chosen.WrappedKey, chosen.OpeningTitle));
        }

        var now = clock.GetUtcNow();
        await db.AppendToAccessLogAsync([.. allowed.Select(a => AccessLogEntry.Of(a.Decision, a.Consent.CandidateId, read.UserId, a.Consent.BookId,
            requirement.LoggedAs, now, ApiKeyClaims.KeyNameOf(user)))], cancellation);
        return [.. allowed.Select(a => new Allowed(a.Consent, keys.Unwrap(a.Consent.CandidateId, a.WrappedKey!), a.Report, a.Comparison, a.OpeningTitle))];
    }
}
