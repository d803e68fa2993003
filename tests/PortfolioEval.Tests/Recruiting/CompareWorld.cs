using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Recruiting;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Recruiting;

/// <summary>A company with an opening in two ISIC sections, and candidates who applied to it with the demo books.</summary>
internal sealed record CompareCompany(Person Admin, Opening Opening, IReadOnlyList<Person> Candidates, IReadOnlyList<CandidateConsent> Consents)
{
    public Guid[] Books => [.. Candidates.Select(c => c.BookId)];
}

internal static class CompareWorld
{
    /// <summary>The demo books: ana (fresh, concentrated, dollars), bruno (stale, soles), carla (fresh, spread).</summary>
    public static readonly string[] DemoBooks = ["demo-ana.xlsx", "demo-bruno.csv", "demo-carla.xlsx"];

    public static string CompareUrl(params IEnumerable<Guid> books) => "/Recruiter/Compare?" + string.Join("&", books.Select(b => $"books={b}"));

    public static string CsvUrl(params IEnumerable<Guid> books) => CompareUrl(books) + "&handler=Csv";

    public static async Task<CompareCompany> NewCompanyWithCandidatesAsync(this PortfolioFactory app, string company,
        IReadOnlyList<string> sharedNames, IReadOnlyList<string>? samples = null)
    {
        var admin = await app.NewCompanyAdminAsync(company);
        var opening = await app.NewOpeningAsync(admin, "Ejecutivo/a B2B");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
            var stored = await db.Openings.SingleAsync(o => o.Id == opening.Id);
            stored.Describe(stored.Title, stored.Location, ["46", "47"], 20_000m, "PEN");
            await db.SaveChangesAsync();
        }
        var candidates = new List<Person>();
        var consents = new List<CandidateConsent>();
        for (var i = 0; i < sharedNames.Count; i++)
        {
            var candidate = await app.NewCandidateWithBookAsync((samples ?? DemoBooks)[i % (samples ?? DemoBooks).Count]);
            candidates.Add(candidate);
            consents.Add(await app.GrantAsync(candidate, admin, sharedNames[i], opening.Id));
        }
        return new CompareCompany(admin, opening, candidates, consents);
    }

    public static IReadOnlyList<IElement> Cells(this IHtmlDocument page, string row) =>
        [.. page.QuerySelectorAll($"[data-testid=comparison] tr[data-testid={row}] td")];

    /// <summary>The columns highlighted as best in <paramref name="row"/>.</summary>
    public static int[] BestOf(this IHtmlDocument page, string row) =>
        [.. page.Cells(row).Select((c, i) => (c, i)).Where(p => p.c.GetAttribute("data-best") == "true").Select(p => p.i)];

    public static async Task<List<AccessLogEntry>> LogOfAsync(this PortfolioFactory app, IEnumerable<Guid> books)
    {
        var entries = new List<AccessLogEntry>();
        foreach (var book in books)
            entries.AddRange(await app.AccessLogAsync(book));
        return entries;
    }
}
