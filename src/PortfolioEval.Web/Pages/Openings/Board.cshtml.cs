using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Web.Recruiting;

namespace PortfolioEval.Web.Pages.Openings;

/// <summary>The public job board: every opening that takes applications today, open to anyone.</summary>
public class BoardModel(PublicOpenings openings) : PageModel
{
    public IReadOnlyList<PublicOpening> Openings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellation) => Openings = await openings.ListOpenAsync(cancellation);
}
