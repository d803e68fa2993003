using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Consent;
using PortfolioEval.Recruiting;
using PortfolioEval.Web.Links;
using PortfolioEval.Web.Recruiting;

namespace PortfolioEval.Web.Pages.Recruiter.Openings;

/// <summary>The company's openings, open ones first, each with how many candidates' consents for it are in force.</summary>
[CompanyMember]
public class IndexModel(CompanyOpenings openings, CompanyConsents consents, PublicBaseUrl baseUrl) : PageModel
{
    public IReadOnlyList<Opening> Openings { get; private set; } = [];
    public IReadOnlyDictionary<Guid, int> CandidatesInForce { get; private set; } = new Dictionary<Guid, int>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        var companyId = HttpContext.CompanyMember().Company.Id;
        Openings = await openings.ListAsync(companyId, cancellation);
        CandidatesInForce = (await consents.ListAsync(companyId, cancellation))
            .Where(c => c.IsInForce && c.OpeningId is not null)
            .GroupBy(c => c.OpeningId!.Value)
            .ToDictionary(g => g.Key, g => g.Count());
        return Page();
    }

    /// <summary>The opening's public page, absolute, to publish wherever the company advertises it.</summary>
    public string PublicLink(Opening opening) =>
        baseUrl.To(Url.Page("/Openings/Index", pageHandler: null, values: new { code = opening.PublicCode })!);
}
