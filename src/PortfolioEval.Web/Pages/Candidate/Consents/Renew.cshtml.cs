using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Accounts;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Consent;

namespace PortfolioEval.Web.Pages.Candidate.Consents;

/// <summary>
/// Where the expiry reminder's link leads: the consent about to end and one button that keeps it for another 90 days.
/// Opening the link changes nothing (mail scanners open links); the button does.
/// </summary>
public class RenewModel(PortfolioDbContext db, ConsentGrants grants, ConsentNotices notices, UserManager<ApplicationUser> users, TimeProvider clock) : PageModel
{
    public CandidateConsent Consent { get; private set; } = null!;
    public string Company { get; private set; } = "";
    public string? Opening { get; private set; }
    public bool InForce { get; private set; }
    public ConsentNotice Notice { get; private set; } = null!;

    [BindProperty(SupportsGet = true)] public bool Renewed { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellation) =>
        await LoadAsync(id, cancellation) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellation)
    {
        if (!await LoadAsync(id, cancellation) || await users.GetUserAsync(User) is not { } candidate)
            return NotFound();
        return await grants.RenewAsync(candidate, id, Notice, cancellation) ? RedirectToPage(new { id, renewed = true }) : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellation)
    {
        var candidateId = User.Id();
        var consent = await db.Consents.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.CandidateId == candidateId, cancellation);
        if (consent is null)
            return false;
        Consent = consent;
        Company = await db.HiringCompanies.Where(c => c.Id == consent.CompanyId).Select(c => c.Name).SingleAsync(cancellation);
        Opening = consent.OpeningId is { } openingId ? await db.Openings.Where(o => o.Id == openingId).Select(o => o.Title).SingleOrDefaultAsync(cancellation) : null;
        InForce = consent.IsInForce(clock.GetUtcNow());
        Notice = notices.Current(CultureInfo.CurrentUICulture);
        return true;
    }
}
