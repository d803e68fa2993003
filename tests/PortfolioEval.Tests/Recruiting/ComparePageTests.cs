using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using PortfolioEval.Consent;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;
using static PortfolioEval.Tests.Recruiting.CompareSteps;

namespace PortfolioEval.Tests.Recruiting;

[Collection(SharedPortal.Comparison)]
public class ComparePageTests(PortfolioFactory app)
{
    private static readonly string[] Criteria =
    [
        "as-of", "clients", "composite", "freshness", "contacted-90", "relevance", "deal-value", "total-value", "median-value",
        "key-accounts", "concentration", "quality", "reactivation", "valuation", "expected-value", "expected-revenue", "clients-won", "plausibility",
    ];

    private static readonly string[] Anchors = ["composite", "freshness", "relevance", "dealvalue", "quality", "reactivation", "valuation", "plausibility"];

    [Fact]
    public async Task Compare_PrintedSheet_IsHeadedWithTheCompanyTheOpeningAndTheDay()
    {
        var company = await app.NewCompanyWithCandidatesAsync("Imprime Comparación", ["Ana T.", "Bruno S."]);

        var page = await company.Admin.Client.GetDocumentAsync(CompareUrl(company.Books));

        var heading = page.QuerySelector("[data-testid=print-heading]")!;
        Assert.Contains("d-print-block", heading.ClassName, StringComparison.Ordinal);
        Assert.Contains("Imprime Comparación", heading.TextContent, StringComparison.Ordinal);
        Assert.Contains(company.Opening.Title, heading.TextContent, StringComparison.Ordinal);
        Assert.Contains($"impreso el {DateTimeOffset.Now.ToString("d", System.Globalization.CultureInfo.GetCultureInfo("es"))}", heading.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_ThreeCandidates_OneColumnEachAndOneRowPerCriterion_EachLoggedOnceAsCompare()
    {
        var company = await app.NewCompanyWithCandidatesAsync("Compara Tres", ["Ana T.", "Bruno S.", "Carla R."]);

        using var response = await company.Admin.Client.GetAsync(CompareUrl(company.Books));
        var page = await Forms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Ana T.", "Bruno S.", "Carla R."], page.QuerySelectorAll("[data-testid=compared-name]").Select(c => c.TextContent.Trim()));
        Assert.Equal(Criteria, page.QuerySelectorAll("[data-testid=comparison] tbody tr").Select(r => r.GetAttribute("data-testid")));
        Assert.All(Criteria, row => Assert.Equal(3, page.Cells(row).Count));
        Assert.Equal(["45", "70", "55"], page.Cells("clients").Select(c => c.TextContent.Trim()));
        Assert.All(await app.LogOfAsync(company.Books), e => Assert.Equal(AccessAction.Compare, e.Action));
        Assert.Equal(company.Books.Order(), (await app.LogOfAsync(company.Books)).Select(e => e.BookId).Order());
    }

    [Fact]
    public async Task Compare_EachNumber_LinksToItsSectionOfTheCandidatesReport()
    {
        var company = await app.NewCompanyWithCandidatesAsync("Compara Enlaces", ["Ana T.", "Bruno S."]);

        var page = await company.Admin.Client.GetDocumentAsync(CompareUrl(company.Books));

        Assert.Equal($"/Recruiter/Reports/{company.Books[1]}#freshness", page.Cells("freshness")[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal($"/Recruiter/Reports/{company.Books[0]}#dealvalue", page.Cells("concentration")[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal($"/Recruiter/Reports/{company.Books[0]}#plausibility", page.Cells("plausibility")[0].QuerySelector("a")!.GetAttribute("href"));
        // The anchors exist on the report page.
        var report = await company.Admin.Client.GetDocumentAsync($"/Recruiter/Reports/{company.Books[0]}");
        Assert.All(Anchors, anchor => Assert.NotNull(report.GetElementById(anchor)));
    }

    [Fact]
    public async Task Compare_BestValue_IsHighlightedInEachRowByItsOwnDirection()
    {
        var company = await app.NewCompanyWithCandidatesAsync("Compara Mejor", ["Ana T.", "Bruno S.", "Carla R."]);

        var page = await company.Admin.Client.GetDocumentAsync(CompareUrl(company.Books));

        foreach (var row in new[] { "composite", "freshness", "relevance", "deal-value", "quality" })
            Assert.Equal(Extremes(page, row, highest: true), page.BestOf(row));
        Assert.Equal(Extremes(page, "plausibility", highest: false), page.BestOf("plausibility"));
        // Bruno's book is the stale one, and it is never the freshest.
        Assert.DoesNotContain(1, page.BestOf("freshness"));
        // Context rows have no best, and Ana's dollars are never weighed against Bruno's soles.
        Assert.Empty(page.BestOf("clients"));
        Assert.Empty(page.BestOf("as-of"));
        Assert.Empty(page.BestOf("total-value"));
        Assert.Equal(["true"], page.QuerySelectorAll("[data-testid=comparison] tr[data-testid=freshness] td.table-success").Select(c => c.GetAttribute("data-best")));
    }

    [Fact]
    public async Task Compare_TwoIdenticalBooks_HighlightsBothInEveryComparedRow()
    {
        var company = await app.NewCompanyWithCandidatesAsync("Compara Empate", ["Carla R.", "Carla Q."], ["demo-carla.xlsx"]);

        var page = await company.Admin.Client.GetDocumentAsync(CompareUrl(company.Books));

        foreach (var row in new[] { "composite", "freshness", "contacted-90", "total-value", "concentration", "quality", "valuation", "plausibility" })
            Assert.True(page.BestOf(row).SequenceEqual([0, 1]), $"{row}: best {string.Join(",", page.BestOf(row))}");
    }

    [Fact]
    public async Task Compare_DuplicateBooks_AreIgnored_OneColumnAndOneLogEntryEach()
    {
        var company = await app.NewCompanyWithCandidatesAsync("Compara Duplicados", ["Ana T.", "Bruno S."]);
        var (ana, bruno) = (company.Books[0], company.Books[1]);

        var page = await company.Admin.Client.GetDocumentAsync(CompareUrl(ana, bruno, ana, bruno, ana));

        Assert.Equal(["Ana T.", "Bruno S."], page.QuerySelectorAll("[data-testid=compared-name]").Select(c => c.TextContent.Trim()));
        Assert.Single(await app.AccessLogAsync(ana));
        Assert.Single(await app.AccessLogAsync(bruno));
    }

    [Fact]
    public async Task Compare_SevenBooks_IsRefusedBeforeAnyReportIsOpened()
    {
        var company = await app.NewCompanyWithCandidatesAsync("Compara Siete", ["Ana T.", "Bruno S."]);
        Guid[] seven = [.. company.Books, .. Enumerable.Range(0, 5).Select(_ => Guid.NewGuid())];

        var page = await company.Admin.Client.GetDocumentAsync(CompareUrl(seven));
        using var csv = await company.Admin.Client.GetAsync(CsvUrl(seven));

        Assert.NotNull(page.QuerySelector("[data-testid=compare-count]"));
        Assert.Null(page.QuerySelector("[data-testid=comparison]"));
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
        Assert.Empty(await app.LogOfAsync(company.Books));
    }

    [Fact]
    public async Task Revoke_ThenRecruiterCompares_GetsNotFoundForThePageAndTheCsv_AndNothingNewIsLogged()
    {
        var company = await app.NewCompanyWithCandidatesAsync("Compara Revocada", ["Ana T.", "Bruno S.", "Carla R."]);
        using (var before = await company.Admin.Client.GetAsync(CompareUrl(company.Books)))
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        var logged = (await app.LogOfAsync(company.Books)).Count;

        await app.RevokeAsync(company.Consents[1]);
        using var page = await company.Admin.Client.GetAsync(CompareUrl(company.Books));
        using var csv = await company.Admin.Client.GetAsync(CsvUrl(company.Books));
        var others = await company.Admin.Client.GetDocumentAsync(CompareUrl(company.Books[0], company.Books[2]));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
        Assert.DoesNotContain("Bruno S.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(logged, (await app.LogOfAsync(company.Books)).Count - 2); // only the two still shared, just now
        // Nor is the revoked candidate offered to add back.
        Assert.DoesNotContain("Bruno S.", others.QuerySelector("[data-testid=addable]")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_RemoveAndAdd_AreOneLinkEach()
    {
        var company = await app.NewCompanyWithCandidatesAsync("Compara Quita", ["Ana T.", "Bruno S.", "Carla R."]);
        var (ana, bruno, carla) = (company.Books[0], company.Books[1], company.Books[2]);

        var three = await company.Admin.Client.GetDocumentAsync(CompareUrl(ana, bruno, carla));
        var removeBruno = three.QuerySelectorAll("[data-testid=comparison] thead th")[2].QuerySelector("[data-testid=remove]")!.GetAttribute("href")!;
        var two = await company.Admin.Client.GetDocumentAsync(removeBruno);
        var addBruno = two.QuerySelector("[data-testid=add-candidate]")!;

        Assert.Equal(CompareUrl(ana, carla), WebUtility.HtmlDecode(removeBruno));
        Assert.Equal(["Ana T.", "Carla R."], two.QuerySelectorAll("[data-testid=compared-name]").Select(c => c.TextContent.Trim()));
        Assert.Empty(two.QuerySelectorAll("[data-testid=remove]")); // two is the fewest a comparison holds
        Assert.Equal("+ Bruno S.", addBruno.TextContent.Trim());
        Assert.Equal(CompareUrl(ana, carla, bruno), addBruno.GetAttribute("href"));
        Assert.Null(three.QuerySelector("[data-testid=addable]"));
    }

    [Fact]
    public async Task Compare_DrawsTheThreeOverlaidChartsWithALegendNamingEachCandidate()
    {
        var company = await app.NewCompanyWithCandidatesAsync("Compara Gráficos", ["Ana T.", "Bruno S.", "Carla R."]);

        var page = await company.Admin.Client.GetDocumentAsync(CompareUrl(company.Books));

        var freshness = page.QuerySelector("[data-testid=chart-freshness] svg")!;
        var pareto = page.QuerySelector("[data-testid=chart-pareto] svg")!;
        var sectors = page.QuerySelector("[data-testid=chart-sectors] svg")!;
        Assert.Equal(3, pareto.QuerySelectorAll("polyline.chart-curve").Length);
        var bars = Enumerable.Range(0, 4).Select(s => freshness.QuerySelectorAll($"rect.chart-s{s}").Length).ToList();
        Assert.True(bars[0] >= 5, "one bar per band for each candidate");
        Assert.Equal([bars[0], bars[0], bars[0], 0], bars);
        foreach (var chart in new[] { freshness, pareto })
            Assert.Equal(["Ana T.", "Bruno S.", "Carla R."], chart.QuerySelectorAll(".chart-legend text").Select(t => t.TextContent));
        Assert.Equal(3, sectors.QuerySelectorAll("text.chart-label").Count(t => t.ParentElement!.LocalName == "svg"));
        Assert.All(new[] { freshness, pareto, sectors }, chart =>
        {
            Assert.Equal("img", chart.GetAttribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(chart.QuerySelector("title")?.TextContent));
            Assert.Contains("Bruno S.", chart.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        });
    }

    /// <summary>The columns whose integer figure is the highest (or lowest) of the row, read from the page itself.</summary>
    private static int[] Extremes(IHtmlDocument page, string row, bool highest)
    {
        var numbers = page.Cells(row)
            .Select(c => int.TryParse(c.QuerySelector("a")!.TextContent.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null)
            .ToList();
        var present = numbers.OfType<int>().ToList();
        Assert.True(present.Count >= 2, $"{row}: at least two figures to compare");
        var best = highest ? present.Max() : present.Min();
        return [.. numbers.Select((n, i) => (n, i)).Where(p => p.n == best).Select(p => p.i)];
    }
}
