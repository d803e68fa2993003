using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Consent;

namespace PortfolioEval.Web.Consent;

/// <summary>A consent the user may act on now, with the decision that says so (what the access log records).</summary>
public sealed record DecidedConsent(ReportFigures Figures, Guid? OpeningId, string CandidateId, ReportAccessDecision Decision);

/// <summary>
/// Lists of many candidates: each consent decided by <see cref="ReportAccess.Decide"/>, as for one report, but from
/// one query for all of them, and read from the figures <see cref="SharedReport"/> keeps in the clear (no decryption).
/// </summary>
public sealed partial class CompanyReports
{
    /// <summary>
    /// Every report shared for <paramref name="openingId"/> that the user may read now, each logged as compared: the
    /// dashboard ranks the candidates' scores against each other. Empty when the opening is another company's.
    /// </summary>
    public async Task<IReadOnlyList<ReportFigures>> FiguresForOpeningAsync(ClaimsPrincipal user, Guid openingId, CancellationToken cancellation)
    {
        var decided = await DecideAsync(user, db.Consents.Where(c => c.OpeningId == openingId), cancellation);
        var recruiterId = user.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var now = clock.GetUtcNow();
        foreach (var consent in decided)
            db.AccessLog.Add(AccessLogEntry.Of(consent.Decision, consent.CandidateId, recruiterId, consent.Figures.BookId, AccessAction.Compare, now));
        await db.SaveChangesAsync(cancellation);
        return [.. decided.Select(d => d.Figures)];
    }

    /// <summary>
    /// The consent, when the user may act on it now (its report is in force for their company); null otherwise. Logs
    /// nothing: the caller logs what it does under the consent, in the same save.
    /// </summary>
    public async Task<DecidedConsent?> DecideConsentAsync(ClaimsPrincipal user, Guid consentId, CancellationToken cancellation) =>
        (await DecideAsync(user, db.Consents.Where(c => c.Id == consentId), cancellation)).SingleOrDefault();

    /// <summary>
    /// Each consent is decided on its own facts, so every row shown is one whose own consent is in force (not another
    /// consent for the same book).
    /// </summary>
    private async Task<IReadOnlyList<DecidedConsent>> DecideAsync(ClaimsPrincipal user, IQueryable<CandidateConsent> consents, CancellationToken cancellation)
    {
        if (await FindCompanyReaderAsync(user, cancellation) is not (var userId, var reader, var companyId))
            return [];

        // A revoked consent has no shared report, an erased book no owner: the inner joins leave both out, and the
        // rule below would refuse them anyway.
        var rows = await (
            from consent in consents.AsNoTracking()
            where consent.CompanyId == companyId
            join report in db.SharedReports on consent.Id equals report.ConsentId
            join book in db.ClientBooks on consent.BookId equals book.Id
            select new
            {
                Facts = new ConsentFacts(consent.Id, consent.CandidateId, consent.CompanyId, consent.BookId, consent.ExpiresAt, consent.RevokedAt, consent.WithdrawnAt),
                Owner = book.CandidateId,
                consent.OpeningId,
                Figures = new ReportFigures(consent.Id, consent.BookId, consent.SharedName, report.AsOf, report.CompositeScore, report.FreshnessScore,
                    report.RelevanceScore, report.DealValueScore, report.QualityScore, report.Currency, report.Country),
            }).ToListAsync(cancellation);

        var now = clock.GetUtcNow();
        return [.. rows
            .Select(row => new DecidedConsent(row.Figures, row.OpeningId, row.Facts.CandidateId, ReportAccess.Decide(new ReportAccessRequest(
                UserId: userId,
                Roles: reader.Roles,
                UserCompanyId: reader.CompanyId,
                ReportCandidateId: row.Owner,
                BookId: row.Facts.BookId,
                Consents: [row.Facts],
                Now: now))))
            .Where(d => d.Decision is { IsAllowed: true, IsOwner: false })];
    }
}
