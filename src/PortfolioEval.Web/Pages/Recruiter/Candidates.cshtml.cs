using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Data;
using PortfolioEval.Web.Recruiting;

namespace PortfolioEval.Web.Pages.Recruiter;

/// <summary>
/// Every consent candidates gave the company, for its openings or directly: the name each chose to show, the state
/// now, and a way into the report (or a comparison) only while the consent is in force.
/// </summary>
public class CandidatesModel(PortfolioDbContext db, CompanyTeams teams, CompanyConsents consents) : PageModel
{
    public IReadOnlyList<ConsentRow> Consents { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> OpeningTitles { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        if (await teams.MembershipAsync(User, cancellation) is not { } member)
            return RedirectToPage("Join");
        var companyId = member.Company.Id;
        Consents = await consents.ListAsync(companyId, cancellation);
        OpeningTitles = await db.Openings.AsNoTracking().Where(o => o.CompanyId == companyId)
            .ToDictionaryAsync(o => o.Id, o => o.Title, cancellation);
        return Page();
    }
}
