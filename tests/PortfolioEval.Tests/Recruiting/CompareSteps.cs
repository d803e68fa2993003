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

/// <summary>The comparison page read through HTML (companies and their applicants come from <see cref="Arrange"/>).</summary>
internal static class CompareSteps
{
    public static string CompareUrl(params IEnumerable<Guid> books) => "/Recruiter/Compare?" + string.Join("&", books.Select(b => $"books={b}"));

    public static string CsvUrl(params IEnumerable<Guid> books) => CompareUrl(books) + "&handler=Csv";

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
