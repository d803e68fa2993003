using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Consent;
using PortfolioEval.Scoring;
using PortfolioEval.Web.Consent;
using PortfolioEval.Web.Recruiting;

namespace PortfolioEval.Web.Pages.Recruiter;

/// <summary>
/// What one candidate's book may be worth, for an entrepreneur, from the report shared under consent (opened and logged
/// by <see cref="CompanyReports"/>): the book value with its range, adjustments and what moves it most; a report shared
/// by version 1 keeps its half-life range, formula and scenarios, labelled.
/// </summary>
public class ValuationModel(CompanyReports reports, CompanyOpenings openings) : PageModel
{
    public CompanyReport Shared { get; private set; } = null!;
    public IReadOnlyList<ValuationScenario> Scenarios { get; private set; } = [];

    /// <summary>Null when the candidate shared the report with the company directly, not for an opening.</summary>
    public string? OpeningTitle { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid bookId, CancellationToken cancellation)
    {
        if (await reports.OpenAsync(User, bookId, ReportAccessRequirement.View, cancellation) is not { } shared)
            return NotFound();
        Shared = shared;
        if (shared.Report.BookValue is null)
            Scenarios = ValuationScenarios.Of(shared.Report);
        if (shared.Consent.OpeningId is { } openingId)
            OpeningTitle = await openings.TitleAsync(openingId, cancellation);
        return Page();
    }
}
