using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Recruiting;
using PortfolioEval.Sectors;

namespace PortfolioEval.Web.Pages.Openings;

/// <summary>
/// An opening's public page, open to anyone with its link: what the company publishes, what applying shares, and the
/// way to apply while it is open. Nothing here is about any candidate.
/// </summary>
public class IndexModel(PortfolioDbContext db) : PageModel
{
    public Opening Opening { get; private set; } = null!;
    public string CompanyName { get; private set; } = "";

    /// <summary>The sectors a book is scored against: the opening's own, else its company's.</summary>
    public IReadOnlyList<IsicCode> Sectors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellation)
    {
        var opening = await db.Openings.AsNoTracking().SingleOrDefaultAsync(o => o.PublicCode == code, cancellation);
        if (opening is null)
            return NotFound();
        var company = await db.HiringCompanies.AsNoTracking().SingleAsync(c => c.Id == opening.CompanyId, cancellation);
        Opening = opening;
        CompanyName = company.Name;
        Sectors = [.. (opening.SectorCodes.Length > 0 ? opening.SectorCodes : company.SectorCodes)
            .Select(IsicTaxonomy.Instance.Find).OfType<IsicCode>()];
        return Page();
    }
}
