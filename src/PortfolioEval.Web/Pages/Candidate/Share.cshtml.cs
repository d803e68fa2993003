using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PortfolioEval.Accounts;
using PortfolioEval.Data;
using PortfolioEval.Web.Books;
using PortfolioEval.Web.Consent;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Pages.Candidate;

/// <summary>The candidate shares a report with a hiring company directly, without an opening.</summary>
public class ShareModel(
    PortfolioDbContext db,
    CandidateBooks books,
    ConsentGrants grants,
    ConsentNotices notices,
    UserManager<ApplicationUser> users,
    IStringLocalizer<SharedResource> l) : ConsentFormModel(db, books, grants, notices, users, l)
{
    [BindProperty]
    [Required(ErrorMessage = "Choose the hiring company to share with.")]
    [Display(Name = "Hiring company")]
    public Guid? CompanyId { get; set; }

    /// <summary>Every hiring company, by name.</summary>
    public IReadOnlyList<HiringCompany> Companies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        await LoadCompaniesAsync(cancellation);
        await ShowFormAsync(cancellation);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        await LoadCompaniesAsync(cancellation);
        Company = Companies.FirstOrDefault(c => c.Id == CompanyId);
        if (CompanyId is not null && Company is null)
            ModelState.AddModelError(nameof(CompanyId), L["Choose one of the hiring companies listed."]);
        return await GrantAsync(cancellation);
    }

    private async Task LoadCompaniesAsync(CancellationToken cancellation)
    {
        var companies = await Db.HiringCompanies.AsNoTracking().ToListAsync(cancellation);
        Companies = [.. companies.OrderBy(c => c.Name, StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true))];
    }
}
