using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Accounts;
using PortfolioEval.Data;
using PortfolioEval.Web.Recruiting;

namespace PortfolioEval.Web.Pages.Recruiter;

/// <summary>The recruiter's home: the company, its sectors, and the way to its openings, candidates and team.</summary>
public class IndexModel(PortfolioDbContext db, CompanyTeams teams, CompanyConsents consents) : PageModel
{
    public HiringCompany Company { get; private set; } = null!;
    public IReadOnlyList<TeamMember> Colleagues { get; private set; } = [];
    public bool IsCompanyAdmin { get; private set; }
    public int OpenOpenings { get; private set; }
    public int ConsentsInForce { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        // Read from the database on every request, not from the cookie: membership can change at any time.
        if (await teams.MembershipAsync(User, cancellation) is not { } member)
            return RedirectToPage("Join");
        Company = member.Company;
        IsCompanyAdmin = member.IsCompanyAdmin;
        Colleagues = await teams.MembersAsync(Company.Id, cancellation);
        OpenOpenings = await db.Openings.CountAsync(o => o.CompanyId == Company.Id && o.IsOpen, cancellation);
        ConsentsInForce = (await consents.ListAsync(Company.Id, cancellation)).Count(c => c.IsInForce);
        return Page();
    }
}
