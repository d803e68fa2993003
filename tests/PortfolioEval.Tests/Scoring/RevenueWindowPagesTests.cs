using System.Globalization;
using System.Text;
using AngleSharp.Html.Dom;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Books;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Scoring;

/// <summary>
/// A book of dated sales lines uploaded as a CSV through the pages: the report counts each sale at its date in the last
/// 12 months and the 12 before them, converts dollars at the stated rate, and prices retention on the revenue kept.
/// </summary>
public sealed class RevenueWindowPagesTests : IDisposable
{
    // Scored on 31/03/2026: the last 12 months run from 01/04/2025, the 12 before them from 01/04/2024.
    private const string Csv = """
        Cliente;Rubro;Fecha;Monto;Moneda;Etapa
        Bodega Norte;Bodegas y minimarkets;10/01/2023;9000,00;PEN;Ganado
        Bodega Norte;Bodegas y minimarkets;10/05/2024;4000,00;PEN;Ganado
        Bodega Norte;Bodegas y minimarkets;10/05/2025;2000,00;PEN;Ganado
        Bodega Norte;Bodegas y minimarkets;10/01/2026;2000,00;PEN;Ganado
        Bodega Sur;Bodegas y minimarkets;15/06/2024;6000,00;PEN;Ganado
        Bodega Sur;Bodegas y minimarkets;15/06/2025;3000,00;PEN;Ganado
        Bodega Sur;Bodegas y minimarkets;20/03/2026;50000,00;PEN;Perdido
        Minimarket Centro;Bodegas y minimarkets;20/02/2025;5000,00;PEN;Ganado
        Minimarket Centro;Bodegas y minimarkets;21/02/2025;0,00;PEN;Ganado
        Tienda Nueva;Bodegas y minimarkets;01/03/2026;1000,00;PEN;Ganado
        Tienda Nueva;Bodegas y minimarkets;02/03/2026;1000,00;PEN;En negociación
        Tienda Nueva;Bodegas y minimarkets;03/03/2026;1000,00;PEN;Ganado
        Distribuidora Lima;Comercio mayorista;10/11/2024;1000,00;USD;Ganado
        Distribuidora Lima;Comercio mayorista;10/11/2025;1000,00;USD;Ganado
        """;

    private readonly PortfolioFactory _app = new() { FixedNow = new DateTimeOffset(2026, 3, 31, 12, 0, 0, TimeSpan.Zero) };

    [Theory]
    [InlineData("es", "Ingresos de los últimos 12 meses", "Cada venta cuenta en su propia fecha, del 1/4/2025 al 31/3/2026", "Tus clientes volvieron a comprar el 57 %")]
    [InlineData("en", "Revenue of the last 12 months", "Each sale counts on its own date, from 01/04/2025 to 31/03/2026", "Your clients bought again 57%")]
    public async Task CandidateReport_DatedSalesLines_CountEachSaleInItsWindow_ConvertedAndKeptAsTheBookSays(
        string language, string lastYearLabel, string rule, string keptText)
    {
        var page = await ReportAsync(language);
        var culture = new CultureInfo(language);

        // Last 12 months: Norte 2,000 + 2,000; Sur 3,000; Nueva 1,000 + 1,000 (the open line is no sale); Lima 1,000 USD
        // at 3.76 = 3,760. The 12 before: Norte 4,000; Sur 6,000; Centro 5,000 (13 months ago); Lima 3,760. Norte's
        // 2023 sale is older than both; Sur's lost line is no sale.
        var activity = page.QuerySelector("[data-testid=activity]")!.TextContent;
        Assert.Contains(lastYearLabel, activity, StringComparison.Ordinal);
        Assert.Equal(Money(12_760, culture), Text(page, "revenue-last-year"));
        Assert.Equal(Money(18_760, culture), Text(page, "revenue-prior-year"));
        Assert.Equal(Money(12_760, culture), Text(page, "recurring-revenue"));
        // Kept: Norte 4,000 of 4,000, Sur 3,000 of 6,000, Centro 0 of 5,000, Lima 3,760 of 3,760; Nueva had no base.
        Assert.Equal((10_760 / 18_760.0).ToString("P0", culture), Text(page, "retention"));
        // Dates are day first in both languages (docs/decisions/ADR-010).
        Assert.Contains(rule, Text(page, "window-rule"), StringComparison.Ordinal);
        Assert.Contains(keptText, Text(page, "bv-retention"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "Cada cliente cuenta con sus ventas de los últimos 12 meses, del 1/4/2025 al 31/3/2026", "El cliente más grande tiene el 31 % de las ventas de los últimos 12 meses")]
    [InlineData("en", "Each client counts with its sales of the last 12 months, from 01/04/2025 to 31/03/2026", "The largest client holds 31% of the sales of the last 12 months")]
    public async Task CandidateReport_DatedSalesLines_DealValueAndConcentrationReadTheLast12Months(string language, string rule, string concentration)
    {
        var page = await ReportAsync(language);
        var culture = new CultureInfo(language);

        // Each client's last 12 months: Norte 4,000, Lima 3,760, Sur 3,000, Nueva 2,000; Centro none (13 months ago).
        // Over all stored sales Norte alone would be 17,000 and the total 34,520.
        Assert.Equal(Money(12_760, culture), Text(page, "total-value"));
        Assert.Contains(rule, Text(page, "deal-value-window"), StringComparison.Ordinal);
        Assert.StartsWith((4_000 / 12_760.0).ToString("P0", culture), Text(page, "top-share"), StringComparison.Ordinal);
        Assert.Contains(concentration, Text(page, "bv-concentration"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CandidateReport_OneRowPerClientBook_SaysEachValueIsPlacedAtTheLastContact()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        var csv = "Cliente;Fecha último contacto;Monto;Moneda\nAndina;10/10/2025;1000,00;PEN\nNorte;10/10/2024;300,00;PEN\n";
        using var imported = await client.ConfirmMappingAsync(await client.UploadBookAsync("cartera.csv", Encoding.UTF8.GetBytes(csv)));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var page = await client.GetDocumentAsync(imported.Headers.Location!.OriginalString.Replace("Summary", "Report", StringComparison.Ordinal));

        Assert.Contains("one last-contact date per client", Text(page, "window-rule"), StringComparison.Ordinal);
        Assert.Equal("1,000 PEN", Text(page, "revenue-last-year"));
        Assert.Equal("300 PEN", Text(page, "revenue-prior-year"));
        // No sale dates: deal value reads each client's value as the book gives it, and says so.
        Assert.Equal("1,300 PEN", Text(page, "total-value"));
        Assert.Contains("the book has no dated sales", Text(page, "deal-value-window"), StringComparison.Ordinal);
    }

    private static string Money(decimal amount, CultureInfo culture) => amount.ToString("N0", culture) + " PEN";

    private static string Text(IHtmlDocument page, string testId) =>
        page.QuerySelector($"[data-testid={testId}]")?.TextContent.Trim() ?? throw new InvalidOperationException($"No {testId} on the page.");

    private async Task<IHtmlDocument> ReportAsync(string language)
    {
        var client = (await _app.NewCandidateAsync()).Client;
        using var imported = await client.ConfirmMappingAsync(await client.UploadBookAsync("ventas.csv", Encoding.UTF8.GetBytes(Csv)));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, imported.StatusCode);
        var reportPath = imported.Headers.Location!.OriginalString.Replace("Summary", "Report", StringComparison.Ordinal);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return await client.GetDocumentAsync(reportPath);
    }

    public void Dispose() => _app.Dispose();
}
