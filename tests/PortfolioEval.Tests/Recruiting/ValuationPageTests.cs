using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Privacy;
using PortfolioEval.Scoring;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Books;
using PortfolioEval.Web.Scoring;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Tests.Recruiting;

/// <summary>
/// The valuation view of one candidate's book, read from the report shared under consent: the book value for a
/// version-2 report, the old half-life range, labelled, for one shared by version 1.
/// </summary>
[Collection(SharedPortal.Recruiting)]
public class ValuationPageTests(PortfolioFactory app)
{
    private static readonly CultureInfo Spanish = new("es");

    private static string Money(decimal value, string? currency) => $"{value.ToString("N0", Spanish)} {currency}".TrimEnd();

    [Theory]
    [InlineData("es", "Valor de la cartera: lo que un comprador podría pagar", "Índice de concentración")]
    [InlineData("en", "Book value: what a buyer might pay", "Concentration index")]
    public async Task Valuation_Version2_ShowsTheBookValueWithItsRangeAdjustmentsAndWhatMovesIt_AsTheSharedReportSays(string language, string headline, string concentration)
    {
        var recruiter = await app.NewCompanyAdminAsync($"Valoradora {language} S.A.C.");
        var opening = await app.NewTradeOpeningAsync(recruiter);
        var candidate = await app.NewCandidateWithBookAsync();
        var consent = await app.GrantAsync(candidate, recruiter, "Bruno S.", opening.Id);
        var report = await app.DecryptedReportAsync(consent);
        var bv = report.BookValue!;
        var culture = new CultureInfo(language);
        string Money(decimal value) => $"{value.ToString("N0", culture)} {bv.Currency}".TrimEnd();
        recruiter.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var page = await recruiter.Client.GetDocumentAsync($"/Recruiter/Valuation/{candidate.BookId}");

        Assert.Contains(headline, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal((Money(bv.Low), Money(bv.Value), Money(bv.High)), (Text(page, "book-value-low"), Text(page, "book-value"), Text(page, "book-value-high")));
        Assert.Equal((Money(bv.Revenue.P10), Money(bv.Revenue.Expected), Money(bv.Revenue.P90)),
            (Text(page, "revenue-low"), Text(page, "expected-revenue"), Text(page, "revenue-high")));
        Assert.Equal(bv.Adjustments.Select(a => a.Kind.ToString()), page.QuerySelectorAll("[data-testid=adjustment]").Select(a => a.GetAttribute("data-kind")));
        Assert.Contains(concentration, Text(page, "bv-concentration"), StringComparison.Ordinal);
        Assert.Contains(PercentIn(bv.Concentration.TopShare, culture), Text(page, "bv-concentration"), StringComparison.Ordinal);
        Assert.Contains(PercentIn(bv.Revenue.Retention, culture), Text(page, "bv-retention"), StringComparison.Ordinal);
        Assert.Equal(bv.Sensitivity.Select(r => r.Input.ToString()), page.QuerySelectorAll("[data-testid=sensitivity-row]").Select(r => r.GetAttribute("data-input")));
        Assert.Equal("/Method", page.QuerySelector("[data-testid=method-link]")!.GetAttribute("href"));
        // No model names or formulas on the page: the words say what they mean.
        Assert.DoesNotContain("BG/NBD", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("P(alive)", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=formula-text]"));
        Assert.Null(page.QuerySelector("[data-testid=version-label]"));
    }

    [Fact]
    public async Task Valuation_Version2_ShowsNoClientIdentity()
    {
        var recruiter = await app.NewCompanyAdminAsync("Valoradora Anónima S.A.C.");
        var candidate = await app.NewCandidateWithBookAsync();
        await app.GrantAsync(candidate, recruiter, "Bruno S.");
        var clients = await ClientsAsync(candidate.BookId);

        var html = await recruiter.Client.GetStringAsync($"/Recruiter/Valuation/{candidate.BookId}");

        Assert.Contains("data-testid=\"book-value\"", html, StringComparison.Ordinal);
        Assert.All(clients, c => Assert.DoesNotContain(c.ClientPseudonym, html, StringComparison.Ordinal));
        Assert.All(clients.Where(c => c.TaxIdPseudonym is not null), c => Assert.DoesNotContain(c.TaxIdPseudonym!, html, StringComparison.Ordinal));
        // The sample's client names (demo-bruno.csv) never reach a recruiter.
        foreach (var name in SampleClientNames())
            Assert.DoesNotContain(name, html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Valuation_Version1SharedReport_ShowsItsOldRangeFormulaAndScenarios_Labelled()
    {
        var recruiter = await app.NewCompanyAdminAsync("Valoradora Antigua S.A.C.");
        var opening = await app.NewTradeOpeningAsync(recruiter);
        var candidate = await app.NewCandidateWithBookAsync();
        var consent = await app.GrantAsync(candidate, recruiter, "Bruno S.", opening.Id);
        var report = await StoreSharedAsVersion1Async(consent);
        var v = report.Valuation;
        Assert.True(report.Reactivation.Clients > 0, "the sample should have dormant valuable clients");

        var page = await recruiter.Client.GetDocumentAsync($"/Recruiter/Valuation/{candidate.BookId}");

        Assert.Contains("versión 1", Text(page, "version-label"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=book-value]"));
        Assert.Equal((Money(v.Low, v.Currency), Money(v.Expected, v.Currency), Money(v.High, v.Currency)),
            (Text(page, "low"), Text(page, "expected"), Text(page, "high")));
        Assert.Equal(Money(v.GrossValue, v.Currency), Text(page, "gross-value"));
        Assert.Equal(ReportTextsPercent(v.ConcentrationDiscount), Text(page, "discount"));
        Assert.StartsWith(report.DealValue.KeyAccounts.ToString(Spanish), Text(page, "key-accounts"), StringComparison.Ordinal);
        Assert.Equal($"{report.Reactivation.Clients} · {Money(report.Reactivation.Value, v.Currency)}", Text(page, "dormant"));
        Assert.Contains("V(h)  = Σ v × P(d) × (1 − D)", Text(page, "formula-text"), StringComparison.Ordinal);
        var scenarios = page.QuerySelectorAll("[data-testid=scenario]");
        Assert.Equal(ValuationScenarios.Of(report).Select(s => s.Kind.ToString()), scenarios.Select(s => s.GetAttribute("data-kind")));
        var reactivated = ValuationScenarios.Of(report).Single(s => s.Kind == ValuationScenarioKind.DormantClientsReactivated);
        Assert.Equal($"al menos {Money(reactivated.Valuation.Expected, v.Currency)}",
            scenarios.Single(s => s.GetAttribute("data-kind") == "DormantClientsReactivated").QuerySelector("[data-testid=scenario-expected]")!.TextContent);
    }

    /// <summary>
    /// Replaces the shared report by what version 1 shared: no version-2 figures and no book value, encrypted as the
    /// portal encrypts it, under the same consent.
    /// </summary>
    private async Task<ScoreReport> StoreSharedAsVersion1Async(CandidateConsent consent)
    {
        var v2 = await app.DecryptedReportAsync(consent);
        var v1 = v2 with { ScoringVersion = 1, BookValue = null, Currencies = null, Activity = null, Signs = null };
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var secret = (await scope.ServiceProvider.GetRequiredService<CandidateKeys>().FindAsync(consent.CandidateId, CancellationToken.None))!;
        var shared = await db.SharedReports.SingleAsync(r => r.ConsentId == consent.Id);
        db.SharedReports.Remove(shared);
        db.SharedReports.Add(new SharedReport(consent.Id, v1, shared.Country,
            ChunkedCipher.Encrypt(ReportJson.Serialize(v1), secret.DataKey, SharedReport.Context(consent.Id)), comparisonCiphertext: null));
        await db.SaveChangesAsync();
        return v1;
    }

    private async Task<IReadOnlyList<PortfolioEval.Privacy.PseudonymisedClient>> ClientsAsync(Guid bookId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var book = await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().ClientBooks.SingleAsync(b => b.Id == bookId);
        return await scope.ServiceProvider.GetRequiredService<CandidateBooks>().ClientsAsync(book, CancellationToken.None);
    }

    /// <summary>The first clients of samples/demo-bruno.csv, their contact and tax id, as written there.</summary>
    private static string[] SampleClientNames() => ["San Gabriel", "Titicaca", "Rosa Mamani", "20541266853"];

    private static string PercentIn(double share, CultureInfo culture)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return ReportTextsPercent(share);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private static string ReportTextsPercent(double share) => PortfolioEval.Web.Scoring.ReportTexts.Percent(share);

    private static string Text(AngleSharp.Html.Dom.IHtmlDocument page, string testId) => page.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();

    [Fact]
    public async Task Valuation_IsLoggedAsAViewOfTheReport()
    {
        var recruiter = await app.NewCompanyAdminAsync("Valoradora Dos S.A.C.");
        var candidate = await app.NewCandidateWithBookAsync();
        var consent = await app.GrantAsync(candidate, recruiter, "Bruno S.");

        await recruiter.Client.GetDocumentAsync($"/Recruiter/Valuation/{candidate.BookId}");

        var entry = Assert.Single(await app.AccessLogOfConsentAsync(consent.Id));
        Assert.Equal((AccessAction.ViewReport, candidate.BookId), (entry.Action, entry.BookId));
    }

    [Fact]
    public async Task Valuation_AfterRevocation_IsNotFound()
    {
        var recruiter = await app.NewCompanyAdminAsync("Valoradora Tres S.A.C.");
        var candidate = await app.NewCandidateWithBookAsync();
        var consent = await app.GrantAsync(candidate, recruiter, "Bruno S.");
        await recruiter.Client.GetDocumentAsync($"/Recruiter/Valuation/{candidate.BookId}");

        await app.RevokeAsync(consent);
        using var response = await recruiter.Client.GetAsync($"/Recruiter/Valuation/{candidate.BookId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Bruno S.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
