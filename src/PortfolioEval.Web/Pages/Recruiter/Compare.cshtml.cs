using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PortfolioEval.Consent;
using PortfolioEval.Web.Recruiting;

namespace PortfolioEval.Web.Pages.Recruiter;

/// <summary>
/// Two to six candidates' reports side by side, with the best value of each criterion highlighted, overlaid charts,
/// and the same table as CSV. All or nothing: if any one report may not be read now, the page (or the CSV) is not
/// found and none of them is opened (see <see cref="Comparisons"/>). Reads stored reports only; nothing is re-scored.
/// </summary>
public class CompareModel(Comparisons comparisons, ComparisonTables tables, CompanyConsents consents,
    IStringLocalizer<SharedResource> l, TimeProvider clock) : PageModel
{
    public const int Fewest = Comparisons.Fewest;
    public const int Most = Comparisons.Most;

    [BindProperty(SupportsGet = true, Name = "books")] public List<Guid> Books { get; set; } = [];

    /// <summary>Null when too few or too many candidates were asked for; the page says so.</summary>
    public ComparisonTable? Table { get; private set; }

    /// <summary>The company's other candidates with consent in force, each one click from joining the comparison.</summary>
    public IReadOnlyList<ConsentRow> Addable { get; private set; } = [];

    /// <summary>What the printed sheet's heading names: the company, the openings applied to (none when shared directly) and the day.</summary>
    public string CompanyName { get; private set; } = "";
    public IReadOnlyList<string> Openings { get; private set; } = [];
    public DateTimeOffset PrintedAt { get; private set; }

    /// <summary>True when the reports were scored for different openings (or some directly for the company).</summary>
    public bool MixesOpenings => Table is { } table && table.Columns.Select(c => c.Consent.OpeningId).Distinct().Skip(1).Any();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        var books = Comparisons.Distinct(Books);
        if (!Comparisons.IsComparable(books))
            return Page();
        if (await comparisons.OpenAsync(User, books, ReportAccessRequirement.Compare, cancellation) is not { } columns)
            return NotFound();

        Table = tables.Build(columns);
        PrintedAt = clock.GetLocalNow();
        CompanyName = HttpContext.Membership()?.Company.Name ?? "";
        // The titles were read with the consents, by the query that decided them.
        Openings = [.. columns.Where(c => c.Consent.OpeningId is not null).DistinctBy(c => c.Consent.OpeningId).Select(c => c.OpeningTitle).OfType<string>()];
        if (books.Count < Most && HttpContext.Membership() is { } member)
            Addable = [.. (await consents.ListAsync(member.Company.Id, cancellation))
                .Where(c => c.IsInForce && !books.Contains(c.BookId)).DistinctBy(c => c.BookId)];
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellation)
    {
        var books = Comparisons.Distinct(Books);
        if (!Comparisons.IsComparable(books))
            return BadRequest();
        if (await comparisons.OpenAsync(User, books, ReportAccessRequirement.Export, cancellation) is not { } columns)
            return NotFound();

        var culture = CultureInfo.CurrentCulture;
        var csv = ComparisonCsv.Write(tables.Build(columns), l, culture);
        Response.Headers.CacheControl = "no-store";
        return File(csv, "text/csv; charset=utf-8", $"{l["comparison"]}-{clock.GetLocalNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv");
    }

    /// <summary>This page for <paramref name="books"/>, in that order.</summary>
    public string? Link(IEnumerable<Guid> books, string? handler = null) => Url.Page("Compare", handler, new { books = books.ToArray() });

    public IEnumerable<Guid> Compared => Table?.Columns.Select(c => c.Consent.BookId) ?? [];
}
