using System.Security.Claims;
using PortfolioEval.Consent;
using PortfolioEval.Data;

namespace PortfolioEval.Web.Consent;

/// <summary>A consent the user may act on now, with the decision that says so (what the access log records).</summary>
public sealed record DecidedConsent(ReportFigures Figures, Guid? OpeningId, string CandidateId, DateTimeOffset GrantedAt, ReportAccessDecision Decision);

/// <summary>
/// Lists of many candidates: each consent decided by <see cref="ReportAccess.Decide"/>, as for one report, but from
/// one query for all of them, and read from the figures <see cref="SharedReport"/> keeps in the clear (no decryption).
/// </summary>
public sealed partial class CompanyReports
{
    /// <summary>
    /// Every report shared for <paramref name="openingId"/> that the user may read now, each logged as seen in the
    /// ranking (what the dashboard shows: the scores, ranked; a comparison is only of the candidates a recruiter picks).
    /// A candidate who applied again (with another book) while the first consent still holds is one candidate: only
    /// their latest application is listed and logged. Empty when the opening is another company's.
    /// </summary>
    public async Task<IReadOnlyList<ReportFigures>> FiguresForOpeningAsync(ClaimsPrincipal user, Guid openingId, CancellationToken cancellation)
    {
        var decided = (await DecideAsync(user, db.Consents.Where(c => c.OpeningId == openingId), cancellation))
            .GroupBy(d => d.CandidateId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(d => d.GrantedAt)!)
            .ToList();
        var recruiterId = user.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var now = clock.GetUtcNow();
        await db.AppendToAccessLogAsync([.. decided.Select(consent => AccessLogEntry.Of(consent.Decision, consent.CandidateId, recruiterId,
            consent.Figures.BookId, AccessAction.SeenInRanking, now, ApiKeyClaims.KeyNameOf(user)))], cancellation);
        return [.. decided.Select(d => d.Figures)];
    }

    /// <summary>
    /// The consent, when the user may act on it now (its report is in force for their company); null otherwise. Logs
    /// nothing: the caller logs what it does under the consent, in the same save.
    /// </summary>
    public async Task<DecidedConsent?> DecideConsentAsync(ClaimsPrincipal user, Guid consentId, CancellationToken cancellation) =>
        (await DecideAsync(user, db.Consents.Where(c => c.Id == consentId), cancellation)).SingleOrDefault();

    /// <summary>
    /// <see cref="DecideConsentAsync"/> for many consents from one query: those of <paramref name="consentIds"/> the user
    /// may act on now, each decided on its own; the others are left out.
    /// </summary>
    public Task<IReadOnlyList<DecidedConsent>> DecideConsentsAsync(ClaimsPrincipal user, IReadOnlyList<Guid> consentIds, CancellationToken cancellation) =>
        DecideAsync(user, db.Consents.Where(c => consentIds.Contains(c.Id)), cancellation);

    /// <summary>
    /// Each consent is decided on its own facts, so every row shown is one whose own consent is in force (not another
    /// consent for the same book). A consent without a shared report is not listed: the rule would refuse it anyway.
    /// The figures are read from the columns the report keeps in the clear; the receipt and the ciphertext are not read.
    /// </summary>
    private async Task<IReadOnlyList<DecidedConsent>> DecideAsync(ClaimsPrincipal user, IQueryable<CandidateConsent> consents, CancellationToken cancellation)
    {
        var read = await ReadAsync(user, consents, (j, facts) => new
        {
            Facts = facts,
            j.Owner,
            j.Consent.OpeningId,
            j.Consent.GrantedAt,
            Figures = j.Report == null ? null : new ReportFigures(j.Consent.Id, j.Consent.BookId, j.Consent.SharedName, j.Report.AsOf,
                j.Report.CompositeScore, j.Report.FreshnessScore, j.Report.RelevanceScore, j.Report.DealValueScore, j.Report.QualityScore,
                j.Report.Currency, j.Report.Country),
        }, cancellation);
        if (read is null)
            return [];
        return [.. read.Rows
            .Where(row => row.Figures is not null)
            .Select(row => new DecidedConsent(row.Figures!, row.OpeningId, row.Facts.CandidateId, row.GrantedAt, read.Decide(row.Owner, row.Facts.BookId, [row.Facts])))
            .Where(d => d.Decision is { IsAllowed: true, IsOwner: false })];
    }
}
