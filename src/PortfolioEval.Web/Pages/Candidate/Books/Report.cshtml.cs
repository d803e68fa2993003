using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Books;
using PortfolioEval.Scoring;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Books;
using PortfolioEval.Web.Scoring;
using PortfolioEval.Web.Sectors;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Pages.Candidate.Books;

/// <summary>
/// The candidate's report on one book: every score with the figures behind it, charts and an action plan. The
/// candidate may also see it against chosen sectors and a target deal size, as a hiring company would.
/// </summary>
public class ReportModel(CandidateBooks books, BookReports reports, ClientLabels labels) : PageModel
{
    /// <summary>ISIC codes to score sector relevance against.</summary>
    [BindProperty(SupportsGet = true)] public List<string> Sectors { get; set; } = [];
    [BindProperty(SupportsGet = true)] public decimal? Target { get; set; }
    [BindProperty(SupportsGet = true)] public string? TargetCurrency { get; set; }

    /// <summary>Text typed in the sector picker.</summary>
    [BindProperty(SupportsGet = true)] public string? Find { get; set; }

    public ClientBook Book { get; private set; } = null!;
    public ScoreReport Report { get; private set; } = null!;
    public SectorPicker Picker { get; private set; } = null!;

    /// <summary>Client numbers of the dormant clients, shown to the candidate only.</summary>
    public IReadOnlyList<int> DormantClientNumbers { get; private set; } = [];

    /// <summary>What the report partial shows, shared with a company's view of the same report.</summary>
    public ReportBody Body => ReportBody.ForCandidate(Report, DormantClientNumbers);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellation)
    {
        var book = await books.FindAsync(User.Id(), id, cancellation);
        if (book is null)
            return NotFound();
        Book = book;
        Picker = SectorPicker.From(Sectors, Find, CultureInfo.CurrentUICulture);
        var target = Target is > 0 ? Target : null;
        Report = Picker.Chosen.Count > 0 || target is not null
            ? await reports.PreviewAsync(book, new ScoringSettings
            {
                SectorCodes = Picker.ChosenCodes,
                TargetDealSize = target,
                TargetCurrency = target is null ? null : TargetCurrency?.Trim().ToUpperInvariant(),
            }, cancellation)
            : await reports.ReportAsync(book, cancellation);
        var numbers = await labels.NumbersAsync(book.CandidateId, cancellation);
        DormantClientNumbers = [.. Report.Reactivation.ClientPseudonyms.Select(p => numbers.GetValueOrDefault(p)).Where(n => n > 0).Order()];
        return Page();
    }

    /// <summary>Makes the stored report again with the current method; what was shared with companies stays as sent.</summary>
    public async Task<IActionResult> OnPostRescoreAsync(Guid id, CancellationToken cancellation)
    {
        var book = await books.FindAsync(User.Id(), id, cancellation);
        if (book is null)
            return NotFound();
        await reports.RescoreAsync(book, cancellation);
        return RedirectToPage(new { id });
    }
}
