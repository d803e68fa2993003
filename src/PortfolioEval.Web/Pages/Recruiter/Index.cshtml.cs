using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Accounts;
using PortfolioEval.Web.Recruiting;

namespace PortfolioEval.Web.Pages.Recruiter;

/// <summary>The recruiter's home: the company, its sectors, and the way to its openings, candidates and team.</summary>
[CompanyMember]
public class IndexModel(CompanyTeams teams, CompanyOpenings openings, CompanyConsents consents) : PageModel
{
    public HiringCompany Company { get; private set; } = null!;
    public IReadOnlyList<TeamMember> Colleagues { get; private set; } = [];
    public bool IsCompanyAdmin { get; private set; }
    public int OpenOpenings { get; private set; }
    public int ConsentsInForce { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        var member = HttpContext.CompanyMember();
        Company = member.Company;
        IsCompanyAdmin = member.IsCompanyAdmin;
        Colleagues = await teams.MembersAsync(Company.Id, cancellation);
        OpenOpenings = await openings.CountOpenAsync(Company.Id, cancellation);
        ConsentsInForce = (await consents.ListAsync(Company.Id, cancellation)).Count(c => c.IsInForce);
        return Page();
    }
}
