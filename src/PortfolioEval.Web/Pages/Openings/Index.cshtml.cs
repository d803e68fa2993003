using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Accounts;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Recruiting;
using PortfolioEval.Sectors;
using PortfolioEval.Web.Recruiting;

namespace PortfolioEval.Web.Pages.Openings;

/// <summary>
/// An opening's public page, open to anyone with its link: what the company publishes, what applying shares, and the
/// way to apply while it is open. Nothing here is about any candidate.
/// </summary>
public class IndexModel(PublicOpenings openings, PortfolioDbContext db, TimeProvider clock) : PageModel
{
    public Opening Opening { get; private set; } = null!;
    public string CompanyName { get; private set; } = "";

    /// <summary>When the signed-in candidate applied, if a consent of theirs for this opening is in force; null otherwise.</summary>
    public DateTimeOffset? AppliedAt { get; private set; }

    /// <summary>The sectors a book is scored against: the opening's own, else its company's.</summary>
    public IReadOnlyList<IsicCode> Sectors { get; private set; } = [];

    /// <summary>Open by the company's switch and not past its closing date.</summary>
    public bool TakesApplications { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellation)
    {
        if (await openings.FindAsync(code, cancellation) is not { } found)
            return NotFound();
        Opening = found.Opening;
        CompanyName = found.Company;
        TakesApplications = found.TakesApplications;
        Sectors = [.. found.SectorCodes.Select(IsicTaxonomy.Instance.Find).OfType<IsicCode>()];
        AppliedAt = await AppliedAtAsync(found.Opening.Id, cancellation);
        return Page();
    }

    // Someone who already applied is told so, not invited to apply again (which the apply page would refuse).
    private async Task<DateTimeOffset?> AppliedAtAsync(Guid openingId, CancellationToken cancellation)
    {
        if (!User.IsInRole(Roles.Candidate) || User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } candidateId)
            return null;
        var now = clock.GetUtcNow();
        var consents = await db.Consents.AsNoTracking().Where(c => c.CandidateId == candidateId && c.OpeningId == openingId).ToListAsync(cancellation);
        return consents.Where(c => c.IsInForce(now)).Select(c => (DateTimeOffset?)c.GrantedAt).Max();
    }
}
