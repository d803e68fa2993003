using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Consent;

namespace PortfolioEval.Web.Consent;

/// <summary>
/// The one path every company read takes to <see cref="ReportAccess.Decide"/>: the reader as the database knows them
/// now, the facts of their company's consents (<see cref="ConsentFacts.Projection"/>), and the time.
/// </summary>
public sealed partial class CompanyReports
{
    /// <summary>A consent of the reader's company, with its book's owner and its shared report's figures (null once gone).</summary>
    private sealed record StoredConsent(ConsentFacts Facts, string Owner, Guid? OpeningId, ReportFigures? Figures);

    /// <summary>What was read for one request: who asks, their company's consents among those asked about, and when.</summary>
    private sealed record Reading(string UserId, ReportReader Reader, Guid CompanyId, IReadOnlyList<StoredConsent> Rows, DateTimeOffset Now)
    {
        public ReportAccessDecision Decide(string owner, Guid bookId, IReadOnlyCollection<ConsentFacts> consents) =>
            ReportAccess.Decide(new ReportAccessRequest(
                UserId: UserId,
                Roles: Reader.Roles,
                UserCompanyId: Reader.CompanyId,
                ReportCandidateId: owner,
                BookId: bookId,
                Consents: consents,
                Now: Now));
    }

    /// <summary>
    /// Null unless the user is signed in and belongs to a company (<see cref="ReportAccess.Decide"/> still checks the
    /// role). Only the user's id comes from the cookie; roles and company are read now. A consent whose book is erased
    /// has no owner and is left out: the rule would refuse it anyway.
    /// </summary>
    private async Task<Reading?> ReadAsync(ClaimsPrincipal user, IQueryable<CandidateConsent> consents, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(user);
        // ASP.NET Core Identity puts the user's id in NameIdentifier (ClaimsIdentityOptions.UserIdClaimType).
        var userId = user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        if (string.IsNullOrEmpty(userId) || await FindReaderAsync(userId, cancellation) is not { CompanyId: { } companyId } reader)
            return null;

        var company = consents.AsNoTracking().Where(c => c.CompanyId == companyId);
        var facts = await company.Select(ConsentFacts.Projection).ToListAsync(cancellation);
        var shared = await (
            from consent in company
            join book in db.ClientBooks on consent.BookId equals book.Id
            from report in db.SharedReports.Where(r => r.ConsentId == consent.Id).DefaultIfEmpty()
            select new
            {
                consent.Id,
                Owner = book.CandidateId,
                consent.OpeningId,
                Figures = report == null ? null : new ReportFigures(consent.Id, consent.BookId, consent.SharedName, report.AsOf, report.CompositeScore,
                    report.FreshnessScore, report.RelevanceScore, report.DealValueScore, report.QualityScore, report.Currency, report.Country),
            }).ToDictionaryAsync(r => r.Id, cancellation);

        var rows = facts
            .Where(f => shared.ContainsKey(f.ConsentId))
            .Select(f => new StoredConsent(f, shared[f.ConsentId].Owner, shared[f.ConsentId].OpeningId, shared[f.ConsentId].Figures))
            .ToList();
        return new Reading(userId, reader, companyId, rows, clock.GetUtcNow());
    }

    private async Task<ReportReader?> FindReaderAsync(string userId, CancellationToken cancellation)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.HiringCompanyId }).SingleOrDefaultAsync(cancellation);
        if (user is null)
            return null;
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           where userRole.UserId == userId
                           select role.Name!).ToListAsync(cancellation);
        return new ReportReader(roles, user.HiringCompanyId);
    }
}
