using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Accounts;
using PortfolioEval.Data;

namespace PortfolioEval.Web.Pages.Recruiter;

public class IndexModel(PortfolioDbContext db, UserManager<ApplicationUser> users) : PageModel
{
    public HiringCompany Company { get; private set; } = null!;
    public IReadOnlyList<ApplicationUser> Colleagues { get; private set; } = [];
    public bool IsCompanyAdmin { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        Colleagues = await db.Users.Where(u => u.HiringCompanyId == Company.Id).OrderBy(u => u.DisplayName).ToListAsync();
        return Page();
    }

    /// <summary>A company admin renews the invitation code, so an old code shared too widely stops working.</summary>
    public async Task<IActionResult> OnPostRenewCodeAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        if (!IsCompanyAdmin)
            return Forbid();
        Company.RenewInvitationCode();
        await db.SaveChangesAsync();
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync()
    {
        // Read from the database on every request, not from the cookie: membership can change at any time.
        var user = await users.GetUserAsync(User);
        if (user?.HiringCompanyId is not { } companyId)
            return false;
        Company = await db.HiringCompanies.SingleAsync(c => c.Id == companyId);
        IsCompanyAdmin = await users.IsInRoleAsync(user, Roles.CompanyAdmin);
        return true;
    }
}
