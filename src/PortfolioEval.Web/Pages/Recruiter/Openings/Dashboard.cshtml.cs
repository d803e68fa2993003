using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using PortfolioEval.Consent;
using PortfolioEval.Recruiting;
using PortfolioEval.Web.Consent;
using PortfolioEval.Web.Recruiting;

namespace PortfolioEval.Web.Pages.Recruiter.Openings;

/// <summary>
/// An opening's candidates with consent in force, ranked by the opening's composite, filtered and sorted from the
/// query string; each with its shortlist status and note, and one click to add it to a comparison. It reads the figures
/// stored at grant: nothing is decrypted or re-scored here.
/// </summary>
public class DashboardModel(CompanyOpenings openings, CompanyReports reports, Shortlists shortlists, IStringLocalizer<SharedResource> l)
    : PageModel
{
    /// <summary>The most candidates a comparison holds (as the comparison page accepts).</summary>
    public const int MostCompared = 6;

    [BindProperty(SupportsGet = true)] public RankingColumn Sort { get; set; } = RankingColumn.Composite;
    [BindProperty(SupportsGet = true)] public string? Dir { get; set; }
    [BindProperty(SupportsGet = true)] public int? MinFreshness { get; set; }
    [BindProperty(SupportsGet = true)] public int? MinRelevance { get; set; }
    [BindProperty(SupportsGet = true)] public string? Currency { get; set; }
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }

    /// <summary>The candidates (by book) picked for a comparison, carried in the query string from click to click.</summary>
    [BindProperty(SupportsGet = true, Name = "books")] public List<Guid> Books { get; set; } = [];

    public Opening Opening { get; private set; } = null!;
    public IReadOnlyList<RankedCandidate> Ranked { get; private set; } = [];
    public IReadOnlyList<RankedCandidate> Shown { get; private set; } = [];
    public IReadOnlyDictionary<Guid, ShortlistEntry> Entries { get; private set; } = new Dictionary<Guid, ShortlistEntry>();
    public IReadOnlyList<string> Currencies { get; private set; } = [];
    public IReadOnlyList<string> Countries { get; private set; } = [];

    /// <summary>The comparison so far: only books listed here now, at most <see cref="MostCompared"/>.</summary>
    public IReadOnlyList<Guid> Selection { get; private set; } = [];

    public bool Ascending => string.Equals(Dir, "asc", StringComparison.OrdinalIgnoreCase);

    public async Task<IActionResult> OnGetAsync(Guid openingId, CancellationToken cancellation)
    {
        if (HttpContext.Membership() is not { } member)
            return RedirectToPage("/Recruiter/Join");
        return await ShowAsync(member, openingId, cancellation);
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid openingId, Guid consentId, ShortlistStatus status, CancellationToken cancellation)
    {
        if (!Enum.IsDefined(status))
            return BadRequest();
        if (!await shortlists.MoveAsync(User, openingId, consentId, status, cancellation))
            return NotFound();
        TempData.Tell(l["Saved: the status is now “{0}”.", StatusText(status)]);
        return Redirect(Link(fragment: Anchor(consentId)));
    }

    public async Task<IActionResult> OnPostNoteAsync(Guid openingId, Guid consentId, string? note, CancellationToken cancellation)
    {
        if (ShortlistEntry.NoteOf(note).Length > ShortlistEntry.NoteMaxLength)
        {
            if (HttpContext.Membership() is not { } member)
                return NotFound();
            ModelState.AddModelError("", l["A note has at most {0} characters.", ShortlistEntry.NoteMaxLength]);
            return await ShowAsync(member, openingId, cancellation);
        }
        if (!await shortlists.WriteNoteAsync(User, openingId, consentId, note, cancellation))
            return NotFound();
        TempData.Tell(l["Saved: the private note."]);
        return Redirect(Link(fragment: Anchor(consentId)));
    }

    private async Task<IActionResult> ShowAsync(Membership member, Guid openingId, CancellationToken cancellation)
    {
        var opening = await openings.FindAsync(member.Company.Id, openingId, cancellation);
        if (opening is null)
            return NotFound();
        Opening = opening;
        Ranked = CandidateRanking.Rank(await reports.FiguresForOpeningAsync(User, openingId, cancellation));
        Currencies = Present(f => f.Currency);
        Countries = Present(f => PortfolioEval.Books.Countries.CodeOf(f.Country) ?? f.Country);
        Shown = CandidateRanking.Show(Ranked, Filter(), Sort, Ascending);
        Entries = await shortlists.OfAsync(member.Company.Id, [.. Ranked.Select(r => r.Figures.ConsentId)], cancellation);
        var listed = Ranked.Select(r => r.Figures.BookId).ToHashSet();
        Selection = [.. Books.Distinct().Where(listed.Contains).Take(MostCompared)];
        return Page();
    }

    /// <summary>Out-of-range minimums and values no candidate has are ignored, not errors: a query string is easy to edit.</summary>
    private RankingFilter Filter() => new(
        MinFreshness is >= 0 and <= 100 ? MinFreshness : null,
        MinRelevance is >= 0 and <= 100 ? MinRelevance : null,
        Currencies.Contains(Currency ?? "", StringComparer.Ordinal) ? Currency : null,
        Countries.Contains(Country ?? "", StringComparer.Ordinal) ? Country : null);

    private List<string> Present(Func<ReportFigures, string?> value) =>
        [.. Ranked.Select(r => value(r.Figures)).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public ShortlistStatus StatusOf(Guid consentId) => Entries.GetValueOrDefault(consentId)?.Status ?? ShortlistStatus.New;

    public static string Anchor(Guid consentId) => $"candidate-{consentId:N}";

    /// <summary>This dashboard as it is now (filters, sort, comparison), with <paramref name="sort"/> or <paramref name="books"/> changed.</summary>
    public string Link(RankingColumn? sort = null, bool? ascending = null, IEnumerable<Guid>? books = null, string? handler = null, string? fragment = null) =>
        Url.Page("/Recruiter/Openings/Dashboard", handler, new RouteValueDictionary
        {
            ["openingId"] = RouteData.Values["openingId"],
            ["sort"] = (sort ?? Sort) == RankingColumn.Composite ? null : (sort ?? Sort).ToString().ToLowerInvariant(),
            ["dir"] = ascending ?? Ascending ? "asc" : null,
            ["minFreshness"] = MinFreshness,
            ["minRelevance"] = MinRelevance,
            ["currency"] = Currency,
            ["country"] = Country,
            ["books"] = (books ?? (Selection.Count > 0 ? Selection : Books)).Select(b => b.ToString()).ToArray(),
        }, protocol: null, host: null, fragment: fragment)!;

    /// <summary>The column's header link: best first, or the other way round when it is already sorted by it.</summary>
    public string SortLink(RankingColumn column) => Link(column, column == Sort && !Ascending);

    public string AddToComparisonLink(Guid bookId) => Link(books: Selection.Append(bookId));

    public string RemoveFromComparisonLink(Guid bookId) => Link(books: Selection.Where(b => b != bookId));

    public string CompareLink => Url.Page("/Recruiter/Compare", new RouteValueDictionary { ["books"] = Selection.Select(b => b.ToString()).ToArray() })!;

    public string StatusText(ShortlistStatus status) => status switch
    {
        ShortlistStatus.New => l["New"],
        ShortlistStatus.Shortlisted => l["Shortlisted"],
        ShortlistStatus.Interviewing => l["Interviewing"],
        ShortlistStatus.Rejected => l["Rejected"],
        ShortlistStatus.Hired => l["Hired"],
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
