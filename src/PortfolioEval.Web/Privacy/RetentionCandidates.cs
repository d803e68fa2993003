using Microsoft.EntityFrameworkCore;
using PortfolioEval.Accounts;
using PortfolioEval.Data;
using PortfolioEval.Privacy;

namespace PortfolioEval.Web.Privacy;

/// <summary>A candidate with client books, as the retention rule sees them.</summary>
public sealed record RetentionCandidate(string Id, string Email, string? Language, string DisplayName, DateTimeOffset LastActiveAt, DateTimeOffset? RetentionWarnedAt)
{
    public RetentionStep Next(RetentionPolicy policy, DateTimeOffset now) =>
        Retention.Next(LastActiveAt, RetentionWarnedAt, hasBooks: true, policy, now);

    public DateTimeOffset? ErasureDate(RetentionPolicy policy) =>
        RetentionWarnedAt is { } warnedAt ? Retention.ErasureDate(LastActiveAt, warnedAt, policy) : null;
}

/// <summary>Who the retention job looks at: accounts in the Candidate role that hold at least one client book.</summary>
public static class RetentionCandidates
{
    /// <summary>
    /// Every candidate the rule could act on at <paramref name="now"/>, and perhaps a few more: the database narrows by
    /// date, <see cref="Retention.Next"/> decides. Calendar months clamp at a month's end (31 January plus one month is
    /// 28 February), which can make the rule's date up to three days earlier than plain subtraction; a week of margin
    /// covers it.
    /// </summary>
    public static Task<List<RetentionCandidate>> MaybeDueAsync(PortfolioDbContext db, RetentionPolicy policy, DateTimeOffset now, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var inactiveSince = now.AddDays(policy.WarningDays).AddMonths(-policy.InactiveMonths).AddDays(7);
        return Project(WithBooks(db).Where(u => u.LastActiveAt <= inactiveSince)).ToListAsync(cancellation);
    }

    /// <summary>The candidates warned and not back since: their books go on the date the warning announced.</summary>
    public static Task<List<RetentionCandidate>> WarnedAsync(PortfolioDbContext db, CancellationToken cancellation) =>
        Project(WithBooks(db).Where(u => u.RetentionWarnedAt != null && u.RetentionWarnedAt >= u.LastActiveAt)
            .OrderBy(u => u.RetentionWarnedAt)).ToListAsync(cancellation);

    private static IQueryable<ApplicationUser> WithBooks(PortfolioDbContext db) =>
        db.Users.AsNoTracking().Where(u =>
            db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Candidate))
            && db.ClientBooks.Any(b => b.CandidateId == u.Id));

    private static IQueryable<RetentionCandidate> Project(IQueryable<ApplicationUser> users) =>
        users.Select(u => new RetentionCandidate(u.Id, u.Email ?? "", u.Language, u.DisplayName, u.LastActiveAt, u.RetentionWarnedAt));
}
