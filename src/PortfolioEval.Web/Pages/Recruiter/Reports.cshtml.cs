using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Consent;
using PortfolioEval.Web.Consent;
using PortfolioEval.Web.Recruiting;
using PortfolioEval.Web.Scoring;

namespace PortfolioEval.Web.Pages.Recruiter;

/// <summary>
/// A candidate's report as the company reads it under consent, and its JSON export. Whether the recruiter may is
/// decided by <see cref="CompanyReports"/> on every request, which also logs the access: anything else is not found.
/// </summary>
public class ReportsModel(CompanyReports reports, CompanyOpenings openings) : PageModel
{
    public CompanyReport Shared { get; private set; } = null!;

    /// <summary>Null when the candidate shared the report with the company directly, not for an opening.</summary>
    public string? OpeningTitle { get; private set; }

    public ReportBody Body => ReportBody.ForCompany(Shared.Report);

    public async Task<IActionResult> OnGetAsync(Guid bookId, CancellationToken cancellation)
    {
        if (await OpenAsync(bookId, ReportAccessRequirement.View, cancellation) is not { } shared)
            return NotFound();
        Shared = shared;
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(Guid bookId, CancellationToken cancellation)
    {
        if (await OpenAsync(bookId, ReportAccessRequirement.Export, cancellation) is not { } shared)
            return NotFound();
        // A candidate's report under their consent: never kept by a browser or a proxy past this answer.
        Response.Headers.CacheControl = "no-store";
        return File(SharedReportExport.Of(shared, OpeningTitle).ToJson(), "application/json", $"report-{bookId:N}.json");
    }

    private async Task<CompanyReport?> OpenAsync(Guid bookId, ReportAccessRequirement requirement, CancellationToken cancellation)
    {
        var shared = await reports.OpenAsync(User, bookId, requirement, cancellation);
        if (shared?.Consent.OpeningId is { } openingId)
            OpeningTitle = await openings.TitleAsync(openingId, cancellation);
        return shared;
    }
}
