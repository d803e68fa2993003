using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Consent;
using PortfolioEval.Data;

namespace PortfolioEval.Web.Consent;

/// <summary>
/// The one path every company read takes to <see cref="ReportAccess.Decide"/>: the reader as the database knows them
/// now, the facts of their company's consents (<see cref="ConsentFacts.Projection"/>), and the time.
/// </summary>
public sealed partial class CompanyReports
{
    /// <summary>What was read for one request: who asks, their company's consents among those asked about, and when.</summary>
    private sealed record Reading<TRow>(string UserId, ReportReader Reader, Guid CompanyId, IReadOnlyList<TRow> Rows, DateTimeOffset Now)
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

    /// <summary>A consent of the reader's company as the query joins it: its book's owner and its shared report, if any.</summary>
    private sealed class Joined
    {
        public required CandidateConsent Consent { get; init; }
        public required string Owner { get; init; }
        public SharedReport? Report { get; init; }
    }

    /// <summary>
    /// Null unless the user is signed in and belongs to a company (<see cref="ReportAccess.Decide"/> still checks the
    /// role). Only the user's id comes from the cookie; roles and company are read now. Then one query: the company's
    /// consents among <paramref name="consents"/>, each as <paramref name="row"/> makes it of the joined consent and
    /// its facts. A consent whose book is erased has no owner and is left out: the rule would refuse it anyway; one
    /// whose report is gone is kept, as the rule would still see it.
    /// </summary>
    private async Task<Reading<TRow>?> ReadAsync<TRow>(ClaimsPrincipal user, IQueryable<CandidateConsent> consents,
        Expression<Func<Joined, ConsentFacts, TRow>> row, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(consents);
        ArgumentNullException.ThrowIfNull(row);
        return await ReadAsync(user, companyId => (
            from consent in consents.AsNoTracking()
            where consent.CompanyId == companyId
            join book in db.ClientBooks on consent.BookId equals book.Id
            from report in db.SharedReports.Where(r => r.ConsentId == consent.Id).DefaultIfEmpty()
            select new Joined { Consent = consent, Owner = book.CandidateId, Report = report })
            .Select(WithFacts(row))
            .AsAsyncEnumerable(), cancellation);
    }

    /// <summary>
    /// The same reading, with the company's consents read by <paramref name="rowsOf"/> given the reader's company (a
    /// compiled query, which writes its join out whole).
    /// </summary>
    private async Task<Reading<TRow>?> ReadAsync<TRow>(ClaimsPrincipal user, Func<Guid, IAsyncEnumerable<TRow>> rowsOf, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(user);
        // ASP.NET Core Identity puts the user's id in NameIdentifier (ClaimsIdentityOptions.UserIdClaimType).
        var userId = user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        if (string.IsNullOrEmpty(userId) || await FindReaderAsync(userId, cancellation) is not { CompanyId: { } companyId } reader)
            return null;

        var rows = new List<TRow>();
        await foreach (var read in rowsOf(companyId).WithCancellation(cancellation))
            rows.Add(read);
        return new Reading<TRow>(userId, reader, companyId, rows, clock.GetUtcNow());
    }

    /// <summary><paramref name="row"/> with its facts argument made by <see cref="ConsentFacts.Projection"/>, so the database reads them.</summary>
    private static Expression<Func<Joined, TRow>> WithFacts<TRow>(Expression<Func<Joined, ConsentFacts, TRow>> row)
    {
        var joined = row.Parameters[0];
        var consent = Expression.Property(joined, nameof(Joined.Consent));
        var facts = new Substitute(ConsentFacts.Projection.Parameters[0], consent).Visit(ConsentFacts.Projection.Body);
        return Expression.Lambda<Func<Joined, TRow>>(new Substitute(row.Parameters[1], facts).Visit(row.Body), joined);
    }

    /// <summary>The user's company and roles, from one query.</summary>
    private async Task<ReportReader?> FindReaderAsync(string userId, CancellationToken cancellation) =>
        await FindReader(db, userId, cancellation) is { } user ? new ReportReader(user.Roles, user.HiringCompanyId) : null;

    /// <summary>Compiled once: every company read asks it, and translating it again cost more than running it.</summary>
    private static readonly Func<PortfolioDbContext, string, CancellationToken, Task<ReaderRow?>> FindReader = EF.CompileAsyncQuery(
        (PortfolioDbContext db, string userId, CancellationToken cancellation) => db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new ReaderRow
            {
                HiringCompanyId = u.HiringCompanyId,
                Roles = (from userRole in db.UserRoles
                         join role in db.Roles on userRole.RoleId equals role.Id
                         where userRole.UserId == u.Id
                         select role.Name!).ToList(),
            })
            .SingleOrDefault());

    private sealed class ReaderRow
    {
        public Guid? HiringCompanyId { get; init; }
        public required List<string> Roles { get; init; }
    }

    /// <summary>
    /// Stands, in a query written out whole to be compiled, for <see cref="ConsentFacts.Projection"/> of its argument;
    /// <see cref="WithConsentFacts{TQuery}"/> puts the projection in its place, so the database reads the facts.
    /// </summary>
    private static ConsentFacts FactsOf(CandidateConsent consent) =>
        throw new InvalidOperationException($"{nameof(FactsOf)} is only for queries given to {nameof(WithConsentFacts)}.");

    /// <summary><paramref name="query"/> with every <see cref="FactsOf"/> replaced by <see cref="ConsentFacts.Projection"/> of its argument.</summary>
    private static Expression<TQuery> WithConsentFacts<TQuery>(Expression<TQuery> query) => (Expression<TQuery>)new ExpandFacts().Visit(query);

    private sealed class ExpandFacts : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method.Name == nameof(FactsOf) && node.Method.DeclaringType == typeof(CompanyReports)
                ? new Substitute(ConsentFacts.Projection.Parameters[0], Visit(node.Arguments[0])).Visit(ConsentFacts.Projection.Body)
                : base.VisitMethodCall(node);
    }

    private sealed class Substitute(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : base.VisitParameter(node);
    }
}
