using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PortfolioEval.Accounts;
using PortfolioEval.Data;
using PortfolioEval.Recruiting;
using PortfolioEval.Web.Books;
using PortfolioEval.Web.Consent;
using PortfolioEval.Web.Recruiting;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Pages.Candidate;

/// <summary>The candidate applies to an opening from its public link: the opening, then the consent form.</summary>
public class ApplyModel(
    PortfolioDbContext db,
    CandidateBooks books,
    ConsentGrants grants,
    ConsentNotices notices,
    UserManager<ApplicationUser> users,
    PublicOpenings openings,
    IStringLocalizer<SharedResource> l) : ConsentFormModel(db, books, grants, notices, users, l)
{
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellation)
    {
        if (!await FindOpeningAsync(code, cancellation))
            return NotFound();
        await ShowFormAsync(cancellation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellation) =>
        await FindOpeningAsync(code, cancellation) ? await GrantAsync(cancellation) : NotFound();

    // A closed opening (by hand or past its closing date) answers as an unknown one: its link no longer leads anywhere.
    private async Task<bool> FindOpeningAsync(string code, CancellationToken cancellation)
    {
        Opening = (await openings.ToApplyAsync(code, cancellation))?.Opening;
        Company = Opening is null ? null : await Db.HiringCompanies.AsNoTracking().SingleOrDefaultAsync(c => c.Id == Opening.CompanyId, cancellation);
        return Company is not null;
    }
}
