using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Books.Values;

/// <summary>The mapping page's preview says what "$" and unmarked amounts will be read as, before the candidate confirms.</summary>
[Collection(SharedPortal.Books)]
public class DollarPreviewTests(PortfolioFactory app)
{
    private static readonly byte[] DollarsAndUnmarked = "Cliente;Monto\r\nAndina;$ 1.234,56\r\nCóndor;500,00\r\nPuma;S/ 80,00\r\n"u8.ToArray();

    [Theory]
    [InlineData("es-PE", "1.234,56 USD", "500,00 PEN")]
    [InlineData("es-MX", "1.234,56 MXN", "500,00 MXN")]
    public async Task MapPage_DollarAndUnmarkedAmounts_ShowTheCurrencyTheAnswersGiveThem(string culture, string dollar, string unmarked)
    {
        var candidate = await app.NewCandidateAsync();
        var page = await candidate.Client.GetDocumentAsync(await candidate.Client.UploadBookAsync("cartera.csv", DollarsAndUnmarked, culture));

        var declared = page.QuerySelectorAll("[data-testid=read-as-declared]").Select(e => Normalise(e.TextContent)).ToList();
        var written = page.QuerySelectorAll(".read-as").Select(e => Normalise(e.TextContent)).Where(t => t.Contains("80,00", StringComparison.Ordinal));

        Assert.Equal(2, declared.Count);
        Assert.StartsWith($"→ {dollar} ($ según respondas abajo)", declared[0], StringComparison.Ordinal);
        Assert.StartsWith($"→ {unmarked} (sin moneda escrita: según respondas abajo)", declared[1], StringComparison.Ordinal);
        Assert.Equal("→ 80,00 PEN", Assert.Single(written));
        Assert.Equal(dollar[^3..], page.QuerySelector("#DollarSignCurrency option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task MapPage_CurrencyColumnMapped_LeavesTheRowsCurrencyToThatColumn()
    {
        var candidate = await app.NewCandidateAsync();
        var book = "Cliente;Monto;Moneda\r\nAndina;$ 1.234,56;MXN\r\nCóndor;500,00;USD\r\n"u8.ToArray();
        var page = await candidate.Client.GetDocumentAsync(await candidate.Client.UploadBookAsync("cartera.csv", book));

        Assert.Empty(page.QuerySelectorAll("[data-testid=read-as-declared]"));
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
