using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Web.Accounts;

namespace PortfolioEval.Web.Pages.Candidate.Consents;

/// <summary>The whole grouped log of one of the candidate's consents, newest first, a page at a time.</summary>
public class AccessModel(PortfolioDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int PageSize = 20;

    // Not "page": Razor Pages keeps that route value for the page's own name.
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public string Company { get; private set; } = "";
    public IReadOnlyList<AccessLine> Lines { get; private set; } = [];
    public int Pages { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellation)
    {
        var candidateId = User.Id();
        var consent = await db.Consents.AsNoTracking().Where(c => c.Id == id && c.CandidateId == candidateId)
            .Select(c => new { c.CompanyId }).SingleOrDefaultAsync(cancellation);
        if (consent is null)
            return NotFound();
        Company = await db.HiringCompanies.Where(c => c.Id == consent.CompanyId).Select(c => c.Name).SingleAsync(cancellation);
        var entries = await db.AccessLog.AsNoTracking().Where(e => e.ConsentId == id && e.CandidateId == candidateId)
            .Select(e => new { e.RecruiterId, e.ApiKeyName, e.Action, e.At }).ToListAsync(cancellation);
        var groups = AccessGrouping.Group(entries.Select(e => (e.RecruiterId, e.ApiKeyName, e.Action, e.At)), AccessGrouping.Window);
        Pages = Math.Max(1, (groups.Count + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        var shown = groups.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        var recruiterIds = shown.Select(g => g.RecruiterId).Distinct().ToList();
        var recruiters = await db.Users.Where(u => recruiterIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellation);
        Lines = AccessLine.Of(shown, recruiters, Company, l);
        return Page();
    }
}
