using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Accounts;
using PortfolioEval.Data;
using PortfolioEval.Sectors;
using PortfolioEval.Web.Scoring;

namespace PortfolioEval.Web.Pages.Recruiter;

/// <summary>The company's sectors, chosen by its admin from the ISIC Rev.4 taxonomy with the searchable picker.</summary>
public class CompanyModel(PortfolioDbContext db, UserManager<ApplicationUser> users) : PageModel
{
    /// <summary>Codes ticked in the picker; when the page opens without any, the company's current ones.</summary>
    [BindProperty(SupportsGet = true)] public List<string>? Sectors { get; set; }
    [BindProperty(SupportsGet = true)] public string? Find { get; set; }

    public HiringCompany Company { get; private set; } = null!;
    public SectorPicker Picker { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await CompanyOfAdminAsync() is not { } company)
            return Forbid();
        Company = company;
        Picker = SectorPicker.From(Sectors ?? [.. company.SectorCodes], Find, CultureInfo.CurrentUICulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await CompanyOfAdminAsync() is not { } company)
            return Forbid();
        // Only codes of the taxonomy are kept; anything else posted is dropped, not stored.
        company.ChooseSectors((Sectors ?? []).Where(code => IsicTaxonomy.Instance.Find(code) is not null));
        await db.SaveChangesAsync();
        return RedirectToPage("Index");
    }

    // From the database on every request: a company admin removed a moment ago is no longer one.
    private async Task<HiringCompany?> CompanyOfAdminAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user?.HiringCompanyId is not { } companyId || !await users.IsInRoleAsync(user, Roles.CompanyAdmin))
            return null;
        return await db.HiringCompanies.FindAsync(companyId);
    }
}
