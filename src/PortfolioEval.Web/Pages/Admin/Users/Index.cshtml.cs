using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PortfolioEval.Accounts;
using PortfolioEval.Data;
using PortfolioEval.Web.Accounts;

namespace PortfolioEval.Web.Pages.Admin.Users;

/// <summary>Every account, searched by email or name, fifty a page; each can be locked or unlocked from here.</summary>
public class IndexModel(PortfolioDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int PageSize = 50;

    public sealed record UserRow(
        string Id, string Email, string DisplayName, string Roles, string? Company, bool Confirmed,
        DateTimeOffset CreatedAt, DateTimeOffset LastActiveAt, DateTimeOffset? LockedUntil, bool IsSelf)
    {
        public bool LockedByAdmin => LockedUntil == AccountLocks.NoEnd;
    }

    /// <summary>Part of an email or a name.</summary>
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    /// <summary>Not "page", which Razor Pages keeps for the page's own route value.</summary>
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            // Case-insensitive on both providers. The email is matched on Identity's normalised (upper-cased) copy.
            // SQLite's LIKE ignores the case of ASCII letters only and its upper() knows no others, so the name is
            // also matched as typed; PostgreSQL's LIKE heeds case and its upper() knows every letter (ADR-002).
            var term = EscapeLike(Q.Trim());
            var pattern = "%" + term + "%";
            var upper = "%" + term.ToUpperInvariant() + "%";
#pragma warning disable CA1304, CA1311 // ToUpper() is SQL's upper() here, run by the database, not .NET's culture.
            users = users.Where(u => EF.Functions.Like(u.NormalizedEmail!, upper, "\\")
                                     || EF.Functions.Like(u.DisplayName, pattern, "\\")
                                     || EF.Functions.Like(u.DisplayName.ToUpper(), upper, "\\"));
#pragma warning restore CA1304, CA1311
        }
        Total = await users.CountAsync(cancellation);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        var found = await users.OrderBy(u => u.Email).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(u => new
            {
                u.Id, u.Email, u.DisplayName, Company = u.HiringCompany == null ? null : u.HiringCompany.Name,
                u.EmailConfirmed, u.CreatedAt, u.LastActiveAt, u.LockoutEnd,
            })
            .ToListAsync(cancellation);
        var ids = found.Select(u => u.Id).ToList();
        var roles = (await (from userRole in db.UserRoles
                            join role in db.Roles on userRole.RoleId equals role.Id
                            where ids.Contains(userRole.UserId)
                            select new { userRole.UserId, role.Name }).ToListAsync(cancellation))
            .ToLookup(r => r.UserId, r => r.Name);
        Users = [.. found.Select(u => new UserRow(
            u.Id, u.Email ?? "", u.DisplayName, string.Join(", ", roles[u.Id].Select(RoleName).Order(StringComparer.CurrentCulture)), u.Company,
            u.EmailConfirmed, u.CreatedAt, u.LastActiveAt, u.LockoutEnd > now ? u.LockoutEnd : null,
            string.Equals(u.Id, User.Id(), StringComparison.Ordinal)))];
    }

    private string RoleName(string? role) => role switch
    {
        Roles.Candidate => l["Candidate"],
        Roles.Recruiter => l["Recruiter"],
        Roles.CompanyAdmin => l["Company admin"],
        Roles.Admin => l["Administrator"],
        _ => role ?? "",
    };

    // What the person typed is searched for as text: % and _ match only themselves.
    private static string EscapeLike(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("%", "\\%", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal);
}
