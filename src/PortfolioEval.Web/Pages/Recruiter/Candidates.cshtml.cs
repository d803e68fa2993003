using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Web.Recruiting;

namespace PortfolioEval.Web.Pages.Recruiter;

/// <summary>
/// Every consent candidates gave the company, for its openings or directly: the name each chose to show, the state
/// now, and a way into the report (or a comparison) only while the consent is in force.
/// </summary>
[CompanyMember]
public class CandidatesModel(CompanyOpenings openings, CompanyConsents consents) : PageModel
{
    public IReadOnlyList<ConsentRow> Consents { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> OpeningTitles { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        var companyId = HttpContext.CompanyMember().Company.Id;
        Consents = await consents.ListAsync(companyId, cancellation);
        OpeningTitles = await openings.TitlesAsync(companyId, cancellation);
        return Page();
    }
}
