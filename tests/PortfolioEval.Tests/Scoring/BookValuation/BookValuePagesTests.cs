using System.Globalization;
using System.Text;
using AngleSharp.Html.Dom;
using PortfolioEval.Scoring;
using PortfolioEval.Scoring.BookValuation;
using PortfolioEval.Scoring.History;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Books;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Scoring.BookValuation;

/// <summary>
/// The book value on the candidate's report, for books uploaded through the pages on a fixed day: a book of one row
/// per client is read by recency; a book of one row per purchase gets a model fitted to its own history.
/// </summary>
public sealed class BookValuePagesTests : IDisposable
{
    private const string Header = "Cliente;Rubro;Fecha último contacto;Fecha última actualización;Monto;Moneda";
    private static readonly DateOnly AsOf = new(2026, 3, 31);
    private readonly PortfolioFactory _app = new() { FixedNow = new DateTimeOffset(2026, 3, 31, 12, 0, 0, TimeSpan.Zero) };

    [Theory]
    [InlineData("es", "Ingresos esperados en los próximos 12 meses", "Un cliente tiene más del 30 %", "muy concentrada")]
    [InlineData("en", "Revenue expected in the next 12 months", "One client holds more than 30%", "highly concentrated")]
    public async Task CandidateReport_OneLargeClientAmongNineSmall_ShowsTheBookValueWithItsRange_AndTheConcentrationDiscount(
        string language, string revenueLabel, string flag, string band)
    {
        // The issue's book: one 2,000,000 client among nine of 10,000, all contacted this month.
        var rows = Enumerable.Range(1, 9).Select(i => $"Bodega {i};Bodegas y minimarkets;1{i}/03/2026;1{i}/03/2026;10000,00;PEN")
            .Append("Gran Distribuidora;Supermercados;20/03/2026;20/03/2026;2000000,00;PEN");

        var page = await ReportAsync(Header + "\n" + string.Join('\n', rows), language);

        var culture = new CultureInfo(language);
        Assert.Contains(revenueLabel, page.QuerySelector("[data-testid=book-value-section]")!.TextContent, StringComparison.Ordinal);
        var (low, value, high) = (Amount(page, "book-value-low", culture), Amount(page, "book-value", culture), Amount(page, "book-value-high", culture));
        Assert.True(low < value && value < high, $"{low} < {value} < {high}");
        var (p10, expected, p90) = (Amount(page, "revenue-low", culture), Amount(page, "expected-revenue", culture), Amount(page, "revenue-high", culture));
        Assert.True(p10 < expected && expected < p90, $"{p10} < {expected} < {p90}");
        Assert.Equal("recency-only", page.QuerySelector("[data-testid=revenue-source]")!.GetAttribute("data-source"));

        Assert.Equal(["Retention", "Concentration", "Transferability", "Currency"],
            page.QuerySelectorAll("[data-testid=adjustment]").Select(a => a.GetAttribute("data-kind")));
        Assert.Contains(flag, page.QuerySelector("[data-testid=concentration-flag]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(band, page.QuerySelector("[data-testid=bv-concentration]")!.TextContent, StringComparison.Ordinal);
        // HHI ≈ 9,160 and a top share of 95.7%: about 19% off the multiple.
        Assert.Equal(Times(0.81, culture), Factor(page, "Concentration"));
        Assert.Equal(5, page.QuerySelectorAll("[data-testid=sensitivity-row]").Length);
        Assert.Null(page.QuerySelector("[data-testid=valuation-v1]"));
    }

    [Fact]
    public async Task CandidateReport_DollarAndPesoClients_CountsThePesosConvertedAtTheStatedRate()
    {
        var rows = Enumerable.Range(1, 5).Select(i => $"Client {i};Retail;1{i}/03/2026;1{i}/03/2026;10000,00;USD")
            .Append("Cliente chileno;Retail;15/03/2026;15/03/2026;60000,00;CLP");

        var page = await ReportAsync(Header + "\n" + string.Join('\n', rows), "es");

        Assert.EndsWith("USD", page.QuerySelector("[data-testid=book-value]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("se convierten", page.QuerySelector("[data-testid=bv-currency]")!.TextContent, StringComparison.Ordinal);
        var converted = page.QuerySelector("[data-testid=currency-converted]")!.TextContent;
        Assert.Contains("60.000 CLP", converted, StringComparison.Ordinal);
        Assert.Contains("31/12/2024", converted, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=currency-left-out]"));
    }

    [Fact]
    public async Task CandidateReport_BookOfOneRowPerPurchase_IsValuedFromAModelFittedToItsOwnHistory_AndSaysSo()
    {
        var csv = Header + "\n" + string.Join('\n', TransactionalBook.Purchases(AsOf)
            .Select(p => $"{p.Client};Bodegas y minimarkets;{p.Day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)};{p.Day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)};{p.Amount.ToString("0.00", new CultureInfo("es"))};PEN"));

        var page = await ReportAsync(csv, "es");

        var source = page.QuerySelector("[data-testid=revenue-source]")!;
        Assert.Equal("fitted", source.GetAttribute("data-source"));
        Assert.Contains("se ajustó al propio historial de esta cartera", source.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Engine_BookOfOneRowPerPurchase_FitsTheModelFromEachClientsDatesAndDays()
    {
        var clients = TransactionalBook.Clients(AsOf);

        var value = ScoringEngine.Score(clients, TransactionalBook.Facts(clients), AsOf, new ScoringSettings(), new FakeSectorTaxonomy(new Dictionary<string, string>())).BookValue!;

        Assert.True(BookValueOfBook.IsOnePurchasePerRow(clients));
        Assert.False(value.Revenue.RecencyOnly);
        Assert.Equal(ParameterSource.FittedToBook, value.Revenue.Model.PurchasesSource);
        Assert.True(value.Revenue.Model.RepeatBuyers >= PurchaseModels.MinimumRepeatBuyers);
        Assert.Equal(ValuationTexts.RevenueFitted, value.Revenue.ExplanationKey);
    }

    [Fact]
    public void Engine_SameBookAsOneRowPerClient_IsReadByRecency()
    {
        // What a one-row-per-client export says of the same clients: a purchase count and the last date, nothing more.
        var clients = TransactionalBook.Clients(AsOf).Select(c => c with { FirstContact = c.LastContact, ContactDays = 1, RowCount = 1 }).ToList();

        var value = ScoringEngine.Score(clients, TransactionalBook.Facts(clients), AsOf, new ScoringSettings(), new FakeSectorTaxonomy(new Dictionary<string, string>())).BookValue!;

        Assert.False(BookValueOfBook.IsOnePurchasePerRow(clients));
        Assert.True(value.Revenue.RecencyOnly);
        Assert.Equal(ParameterSource.Reference, value.Revenue.Model.PurchasesSource);
    }

    private static decimal Amount(IHtmlDocument page, string testId, CultureInfo culture) =>
        decimal.Parse(page.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim().Split(' ')[0], NumberStyles.Number, culture);

    private static string Factor(IHtmlDocument page, string kind) =>
        page.QuerySelector($"[data-testid=adjustment][data-kind={kind}] [data-testid=factor]")!.TextContent.Trim();

    private static string Times(double factor, CultureInfo culture) => "×" + factor.ToString("0.00", culture);

    private async Task<IHtmlDocument> ReportAsync(string csv, string language)
    {
        var client = (await _app.NewCandidateAsync()).Client;
        using var imported = await client.ConfirmMappingAsync(await client.UploadBookAsync("cartera.csv", Encoding.UTF8.GetBytes(csv)));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, imported.StatusCode);
        var reportPath = imported.Headers.Location!.OriginalString.Replace("Summary", "Report", StringComparison.Ordinal);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return await client.GetDocumentAsync(reportPath);
    }

    public void Dispose() => _app.Dispose();
}
