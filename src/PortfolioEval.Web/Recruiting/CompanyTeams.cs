using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Accounts;
using PortfolioEval.Data;

namespace PortfolioEval.Web.Recruiting;

/// <summary>The signed-in recruiter, the company they belong to now, and whether they are one of its admins.</summary>
public sealed record Membership(ApplicationUser User, HiringCompany Company, bool IsCompanyAdmin);

/// <summary>A recruiter of the company as its admin sees them on the team page.</summary>
public sealed record TeamMember(string Id, string DisplayName, string Email, bool IsCompanyAdmin);

public enum RemovalResult { Removed, NotInTheCompany, LastCompanyAdmin }

/// <summary>
/// Who belongs to which hiring company: read from the database on every request (never from the sign-in cookie), so
/// a recruiter removed a moment ago sees nothing of the company on their next request.
/// </summary>
public sealed class CompanyTeams(PortfolioDbContext db, UserManager<ApplicationUser> users)
{
    /// <summary>Saves what the admin changed of the company a <see cref="Membership"/> loaded (its name, sectors or code).</summary>
    public Task SaveCompanyAsync(CancellationToken cancellation) => db.SaveChangesAsync(cancellation);

    /// <summary>
    /// Null when the user belongs to no company (never joined one, or was removed). One query, run on every page of
    /// the company's: the user and the company come back tracked, as the pages that change them expect.
    /// </summary>
    public Task<Membership?> MembershipAsync(ClaimsPrincipal principal, CancellationToken cancellation) =>
        users.GetUserId(principal) is not { } userId
            ? Task.FromResult<Membership?>(null)
            : FindMembership(db, userId, users.NormalizeName(Roles.CompanyAdmin), cancellation);

    /// <summary>Compiled once: it runs on every page of the company's, where translating it again cost more than running it.</summary>
    private static readonly Func<PortfolioDbContext, string, string, CancellationToken, Task<Membership?>> FindMembership = EF.CompileAsyncQuery(
        (PortfolioDbContext db, string userId, string companyAdmin, CancellationToken cancellation) => (
            from user in db.Users
            where user.Id == userId
            join company in db.HiringCompanies on user.HiringCompanyId equals company.Id
            select new Membership(user, company, (from userRole in db.UserRoles
                                                  join role in db.Roles on userRole.RoleId equals role.Id
                                                  where userRole.UserId == user.Id && role.NormalizedName == companyAdmin
                                                  select userRole).Any()))
            .SingleOrDefault());

    public async Task<IReadOnlyList<TeamMember>> MembersAsync(Guid companyId, CancellationToken cancellation)
    {
        var admins = (await AdminIds(companyId).ToListAsync(cancellation)).ToHashSet(StringComparer.Ordinal);
        var members = await db.Users.AsNoTracking().Where(u => u.HiringCompanyId == companyId)
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellation);
        return [.. members.Select(m => new TeamMember(m.Id, m.DisplayName, m.Email ?? "", admins.Contains(m.Id)))];
    }

    /// <summary>
    /// Takes a recruiter out of the company: no company, no company-admin role, and a new security stamp so the
    /// cookie they hold is refused at its next validation. The company always keeps at least one admin.
    /// </summary>
    public async Task<RemovalResult> RemoveAsync(HiringCompany company, string recruiterId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(company);
        var recruiter = await db.Users.SingleOrDefaultAsync(u => u.Id == recruiterId && u.HiringCompanyId == company.Id, cancellation);
        if (recruiter is null)
            return RemovalResult.NotInTheCompany;
        var admins = await AdminIds(company.Id).ToListAsync(cancellation);
        var isAdmin = admins.Contains(recruiter.Id, StringComparer.Ordinal);
        if (isAdmin && admins.Count == 1)
            return RemovalResult.LastCompanyAdmin;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        recruiter.LeaveCompany();
        if (isAdmin)
            Check(await users.RemoveFromRoleAsync(recruiter, Roles.CompanyAdmin));
        Check(await users.UpdateSecurityStampAsync(recruiter));
        await transaction.CommitAsync(cancellation);
        return RemovalResult.Removed;
    }

    /// <summary>A recruiter with no company joins the one whose current invitation code they hold; false if none does.</summary>
    public async Task<bool> JoinAsync(ApplicationUser user, string? invitationCode, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(user);
        var code = invitationCode?.Trim() ?? "";
        var company = code.Length == HiringCompany.InvitationCodeLength
            ? await db.HiringCompanies.SingleOrDefaultAsync(c => c.InvitationCode == code, cancellation)
            : null;
        if (company is null || !company.Accepts(code) || user.HiringCompanyId is not null)
            return false;
        user.JoinCompany(company);
        Check(await users.UpdateAsync(user));
        return true;
    }

    private IQueryable<string> AdminIds(Guid companyId) =>
        from user in db.Users
        where user.HiringCompanyId == companyId
        join userRole in db.UserRoles on user.Id equals userRole.UserId
        join role in db.Roles on userRole.RoleId equals role.Id
        where role.Name == Roles.CompanyAdmin
        select user.Id;

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
