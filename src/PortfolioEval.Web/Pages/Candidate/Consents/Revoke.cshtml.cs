using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Web.Accounts;

namespace PortfolioEval.Web.Pages.Candidate.Consents;

/// <summary>
/// Asks before a consent is revoked, saying what revoking does; the answer posts to the consents page, which revokes
/// and says it did. Only a consent of the candidate's own that is still in force can be revoked.
/// </summary>
public class RevokeModel(PortfolioDbContext db, TimeProvider clock) : PageModel
{
    public CandidateConsent Consent { get; private set; } = null!;
    public string Company { get; private set; } = "";

    /// <summary>The opening applied to; null when shared with the company directly.</summary>
    public string? Opening { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellation)
    {
        var candidateId = User.Id();
        var consent = await db.Consents.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.CandidateId == candidateId, cancellation);
        if (consent is null)
            return NotFound();
        if (!consent.IsInForce(clock.GetUtcNow()))
            return RedirectToPage("Index");
        Consent = consent;
        Company = await db.HiringCompanies.Where(c => c.Id == consent.CompanyId).Select(c => c.Name).SingleAsync(cancellation);
        Opening = consent.OpeningId is { } openingId
            ? await db.Openings.Where(o => o.Id == openingId).Select(o => o.Title).SingleOrDefaultAsync(cancellation)
            : null;
        return Page();
    }
}
