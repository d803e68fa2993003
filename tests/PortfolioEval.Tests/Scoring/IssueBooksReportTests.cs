using System.Text;
using AngleSharp.Html.Dom;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Books;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Scoring;

/// <summary>
/// The books of issue 13 whose answer anyone knows, uploaded through the pages on a fixed day and read from the report
/// page a candidate sees: what version 1 got wrong, version 2 gets right.
/// </summary>
public sealed class IssueBooksReportTests : IDisposable
{
    private const string Header = "Cliente;Rubro;Fecha último contacto;Fecha última actualización;Monto;Moneda";
    private static readonly string[] RetailSectors = ["Supermercados", "Bodegas y minimarkets", "Minimarket", "Autoservicios", "Supermercado", "Abarrotes"];
    private static readonly string[] PartlyUnknownSectors = ["Supermercados", "Supermercados", "Supermercados", "Supermercados", "Varios", "Otros"];
    private readonly PortfolioFactory _app = new() { FixedNow = new DateTimeOffset(2026, 3, 31, 12, 0, 0, TimeSpan.Zero) };

    [Fact]
    public async Task OneClientWorthOnePen_IsNotEnoughToJudge_WithTheReason()
    {
        var page = await ReportAsync(Header + "\nBodega Uno;Bodegas y minimarkets;20/03/2026;20/03/2026;1,00;PEN");

        Assert.Null(page.QuerySelector("[data-testid=composite-score]"));
        Assert.NotNull(page.QuerySelector("[data-testid=not-enough-to-judge]"));
        Assert.Contains("menos de 5 clientes", page.QuerySelector("[data-testid=thin-reason-list]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TenClientsDormantForThreeYears_ScoreAtMost35_AndSayWhy()
    {
        // Every date three years old, and the whole book "updated" yesterday in one bulk edit.
        var rows = Enumerable.Range(1, 10).Select(i => $"Cliente {i};Supermercados;{28 - i:00}/03/2023;30/03/2026;{10_000 + i * 100},00;PEN");
        var page = await ReportAsync(Header + "\n" + string.Join('\n', rows));

        var composite = int.Parse(page.QuerySelector("[data-testid=composite-score]")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(composite, 0, 35);
        Assert.Contains("12 meses", page.QuerySelector("[data-testid=gate]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-testid=bulk-updated]"));
        Assert.Equal("0", page.QuerySelector("[data-testid=active-clients]")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("4711")]
    [InlineData("47")]
    [InlineData("G")]
    public async Task EveryClientInsideTheChosenClass_RelevanceIs100(string chosen)
    {
        var rows = RetailSectors.Select((sector, i) => $"Cliente {i};{sector};1{i}/03/2026;1{i}/03/2026;{20_000 + i * 1_000},00;PEN");

        var page = await ReportAsync(Header + "\n" + string.Join('\n', rows), $"?Sectors={chosen}");

        Assert.Equal("100", page.QuerySelector("[data-testid=relevance-score]")!.TextContent.Trim());
    }

    [Fact]
    public async Task UnmappedSectors_AreUnknown_LeftOutOfRelevanceAndReportedAsCoverage()
    {
        var rows = PartlyUnknownSectors.Select((sector, i) => $"Cliente {i};{sector};1{i}/03/2026;1{i}/03/2026;10000,00;PEN");

        var page = await ReportAsync(Header + "\n" + string.Join('\n', rows), "?Sectors=4711");

        Assert.Equal("100", page.QuerySelector("[data-testid=relevance-score]")!.TextContent.Trim());
        Assert.Contains("67", page.QuerySelector("[data-testid=relevance-coverage]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiveDollarClientsAndOnePesoClient_MainCurrencyIsUsd_WithTheRateAndItsDate()
    {
        var rows = Enumerable.Range(1, 5).Select(i => $"Client {i};Retail;1{i}/03/2026;1{i}/03/2026;10000,00;USD")
            .Append("Cliente chileno;Retail;15/03/2026;15/03/2026;60000,00;CLP");

        var page = await ReportAsync(Header + "\n" + string.Join('\n', rows));

        Assert.EndsWith("USD", page.QuerySelector("[data-testid=total-value]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("USD", page.QuerySelector("[data-testid=main-currency]")!.TextContent, StringComparison.Ordinal);
        var converted = page.QuerySelector("[data-testid=converted]")!.TextContent;
        Assert.Contains("CLP", converted, StringComparison.Ordinal);
        Assert.Contains("996", converted, StringComparison.Ordinal);
        Assert.Contains("31/12/2024", converted, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-testid=composite-score]"));
    }

    [Fact]
    public async Task MethodPage_RendersTheScoringDocument_WithoutItsDeveloperNotes()
    {
        using var anonymous = _app.CreateBrowser();

        var page = await anonymous.GetDocumentAsync("/Method");

        var method = page.QuerySelector("[data-testid=method]")!.TextContent;
        Assert.Contains("Worked example", method, StringComparison.Ordinal);
        Assert.Contains("not enough to judge", method, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src/PortfolioEval", method, StringComparison.Ordinal);
        var chart = page.QuerySelector("[data-testid=method] img")!.GetAttribute("src")!;
        Assert.StartsWith("data:image/svg+xml;base64,", chart, StringComparison.Ordinal);
        Assert.Contains("<svg", Encoding.UTF8.GetString(Convert.FromBase64String(chart["data:image/svg+xml;base64,".Length..])), StringComparison.Ordinal);
    }

    private async Task<IHtmlDocument> ReportAsync(string csv, string query = "")
    {
        var client = (await _app.NewCandidateAsync()).Client;
        using var imported = await client.ConfirmMappingAsync(await client.UploadBookAsync("cartera.csv", Encoding.UTF8.GetBytes(csv)));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, imported.StatusCode);
        var reportPath = imported.Headers.Location!.OriginalString.Replace("Summary", "Report", StringComparison.Ordinal);
        return await client.GetDocumentAsync(reportPath + query);
    }

    public void Dispose() => _app.Dispose();
}
