using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Consent;
using PortfolioEval.Web.Consent;

namespace PortfolioEval.Web.Pages.Recruiter;

/// <summary>
/// Two to six candidates' reports side by side, on their main figures. All or nothing: if any one of them may not be
/// read now, the page is not found and none of them is opened (nor logged).
/// </summary>
public class CompareModel(CompanyReports reports, ReportAccessHandler access) : PageModel
{
    public const int Fewest = 2;
    public const int Most = 6;

    [BindProperty(SupportsGet = true, Name = "books")] public List<Guid> Books { get; set; } = [];

    public IReadOnlyList<CompanyReport> Columns { get; private set; } = [];

    /// <summary>False when too few or too many candidates were ticked; the page says so.</summary>
    public bool IsComparable { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        var books = Books.Distinct().ToList();
        IsComparable = books.Count is >= Fewest and <= Most;
        if (!IsComparable)
            return Page();

        // Every decision first, so a comparison that will be refused logs no access to the reports it could open.
        foreach (var book in books)
        {
            var decision = await access.DecideAsync(User, new ReportResource(book), cancellation);
            if (!decision.IsAllowed || decision.IsOwner)
                return NotFound();
        }
        var columns = new List<CompanyReport>();
        foreach (var book in books)
        {
            if (await reports.OpenAsync(User, book, ReportAccessRequirement.Compare, cancellation) is not { } shared)
                return NotFound(); // revoked between the check and now
            columns.Add(shared);
        }
        Columns = columns;
        return Page();
    }
}
