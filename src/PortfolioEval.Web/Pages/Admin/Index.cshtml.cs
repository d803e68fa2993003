using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Data;

namespace PortfolioEval.Web.Pages.Admin;

public class IndexModel(PortfolioDbContext db) : PageModel
{
    public sealed record CompanyRow(string Name, string Country, string Sector, int Recruiters, DateTimeOffset CreatedAt);
    public sealed record UserRow(string DisplayName, string Email, string Roles, string? Company, bool Confirmed, bool LockedOut, DateTimeOffset CreatedAt);

    public IReadOnlyList<CompanyRow> Companies { get; private set; } = [];
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Companies = await db.HiringCompanies
            .OrderBy(c => c.Name)
            .Select(c => new CompanyRow(c.Name, c.Country, c.Sector, db.Users.Count(u => u.HiringCompanyId == c.Id), c.CreatedAt))
            .ToListAsync();

        var roleNames = await (from ur in db.UserRoles
                               join r in db.Roles on ur.RoleId equals r.Id
                               select new { ur.UserId, r.Name }).ToListAsync();
        var rolesByUser = roleNames.ToLookup(x => x.UserId, x => x.Name);
        var now = DateTimeOffset.UtcNow;
        var users = await db.Users.Include(u => u.HiringCompany).OrderBy(u => u.Email).ToListAsync();
        Users = [.. users.Select(u => new UserRow(
            u.DisplayName, u.Email ?? "", string.Join(", ", rolesByUser[u.Id].Order(StringComparer.Ordinal)),
            u.HiringCompany?.Name, u.EmailConfirmed, u.LockoutEnd > now, u.CreatedAt))];
    }
}
