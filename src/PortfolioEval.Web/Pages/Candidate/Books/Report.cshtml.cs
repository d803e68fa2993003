using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
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
public class ReportModel(CandidateBooks books, BookReports reports, ClientLabels labels, CandidateKeys keys) : PageModel
{
    /// <summary>Dormant clients listed by number (and by name, when asked): enough to act on, short enough to read.</summary>
    public const int DormantShown = 30;

    /// <summary>ISIC codes to score sector relevance against.</summary>
    [BindProperty(SupportsGet = true)] public List<string> Sectors { get; set; } = [];
    [BindProperty(SupportsGet = true)] public decimal? Target { get; set; }
    [BindProperty(SupportsGet = true)] public string? TargetCurrency { get; set; }

    /// <summary>Text typed in the sector picker.</summary>
    [BindProperty(SupportsGet = true)] public string? Find { get; set; }

    /// <summary>
    /// Whether the candidate asked to see their clients' names beside the numbers. Off by default, so a report opened
    /// while sharing a screen shows numbers only; names are decrypted only when asked, and only those listed.
    /// </summary>
    [BindProperty(SupportsGet = true)] public bool Names { get; set; }

    public ClientBook Book { get; private set; } = null!;
    public ScoreReport Report { get; private set; } = null!;
    public SectorPicker Picker { get; private set; } = null!;

    /// <summary>The first dormant clients, by number (and name), shown to the candidate only.</summary>
    public IReadOnlyList<LabelledClient> DormantClients { get; private set; } = [];

    /// <summary>What the report partial shows, shared with a company's view of the same report.</summary>
    public ReportBody Body => ReportBody.ForCandidate(Report, DormantClients);

    /// <summary>This page with the same choices, names shown or hidden.</summary>
    public string NamesLink(bool show)
    {
        var query = new QueryBuilder(Request.Query.Where(q => !string.Equals(q.Key, nameof(Names), StringComparison.OrdinalIgnoreCase)));
        if (show)
            query.Add(nameof(Names), "true");
        return Request.PathBase + Request.Path + query + "#reactivation";
    }

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
        List<int> shown = [.. Report.Reactivation.ClientPseudonyms.Select(p => numbers.GetValueOrDefault(p)).Where(n => n > 0).Order().Take(DormantShown)];
        var identities = Names && shown.Count > 0 && await keys.FindAsync(book.CandidateId, cancellation) is { } secret
            ? await labels.IdentitiesAsync(book.CandidateId, shown, secret, cancellation)
            : null;
        DormantClients = [.. shown.Select(n => new LabelledClient(n, identities?.GetValueOrDefault(n)))];
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
