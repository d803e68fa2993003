using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Recruiting;
using PortfolioEval.Sectors;
using PortfolioEval.Web.Recruiting;

namespace PortfolioEval.Web.Pages.Openings;

/// <summary>
/// An opening's public page, open to anyone with its link: what the company publishes, what applying shares, and the
/// way to apply while it is open. Nothing here is about any candidate.
/// </summary>
public class IndexModel(PublicOpenings openings) : PageModel
{
    public Opening Opening { get; private set; } = null!;
    public string CompanyName { get; private set; } = "";

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
        return Page();
    }
}
