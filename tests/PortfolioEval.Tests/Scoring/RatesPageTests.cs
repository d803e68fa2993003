using System.Net;
using PortfolioEval.Tests.Accounts;
using PortfolioEval.Tests.Books;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Scoring;

/// <summary>The exchange rates page: the reference rates with source and date, and the admin adding one.</summary>
public class RatesPageTests(AdminPortal app) : IClassFixture<AdminPortal>
{
    [Fact]
    public async Task Rates_Seeded_ShowEachReferenceRateWithItsSourceAndDate()
    {
        var admin = await app.AdminAsync();

        var page = await admin.GetDocumentAsync("/Admin/Rates");

        var rows = page.QuerySelectorAll("[data-testid=rate-row]").Select(r => r.TextContent).ToList();
        foreach (var currency in new[] { "USD", "EUR", "PEN", "MXN", "CLP", "COP", "ARS", "BRL" })
            Assert.Contains(rows, r => r.Contains(currency, StringComparison.Ordinal) && r.Contains("31/12/2024", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Banco Central de Reserva del Perú", StringComparison.Ordinal) && r.Contains("3,76", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rates_AdminAddsOne_ItIsListedAndANewReportConvertsWithIt()
    {
        var admin = await app.AdminAsync();

        using var added = await admin.SubmitAsync("/Admin/Rates", new Dictionary<string, string>
        {
            ["Input.Currency"] = "gtq", ["Input.UnitsPerUsd"] = "7.71", ["Input.On"] = "2025-06-30", ["Input.Source"] = "Banco de Guatemala",
        }, "[data-testid=rate-form]");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = await admin.GetDocumentAsync(added.Headers.Location!.OriginalString);
        Assert.NotNull(page.QuerySelector("[data-testid=saved]"));
        Assert.Contains(page.QuerySelectorAll("[data-testid=rate-row]"), r => r.TextContent.Contains("GTQ", StringComparison.Ordinal)
            && r.TextContent.Contains("7,71", StringComparison.Ordinal) && r.TextContent.Contains("Banco de Guatemala", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("PE", "3.76", "Input.Currency")]
    [InlineData("PEN", "0", "Input.UnitsPerUsd")]
    [InlineData("PEN", "3,76", "Input.UnitsPerUsd")]
    [InlineData("USD", "2", "Input.UnitsPerUsd")]
    public async Task Rates_Nonsense_IsRefusedWithTheFieldNamed(string currency, string units, string field)
    {
        var admin = await app.AdminAsync();

        using var refused = await admin.SubmitAsync("/Admin/Rates", new Dictionary<string, string>
        {
            ["Input.Currency"] = currency, ["Input.UnitsPerUsd"] = units, ["Input.On"] = "2025-06-30", ["Input.Source"] = "x",
        }, "[data-testid=rate-form]");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Forms.ParseAsync(refused);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent));
    }

    [Fact]
    public async Task Rates_ACandidate_CannotOpenThePage()
    {
        var candidate = (await app.NewCandidateAsync()).Client;

        using var response = await candidate.GetAsync("/Admin/Rates");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
