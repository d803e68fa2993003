using System.Globalization;
using System.Net;
using PortfolioEval.Consent;
using PortfolioEval.Scoring;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Recruiting;

/// <summary>The valuation view of one candidate's book, read from the report shared under consent.</summary>
[Collection(SharedPortal.Name)]
public class ValuationPageTests(PortfolioFactory app)
{
    private static readonly CultureInfo Spanish = new("es");

    private static string Money(decimal value, string? currency) => $"{value.ToString("N0", Spanish)} {currency}".TrimEnd();

    [Fact]
    public async Task Valuation_ShowsTheRangeItsInputsAndWhatChangesIt_AsTheSharedReportSays()
    {
        var recruiter = await app.NewCompanyAdminAsync("Valoradora S.A.C.");
        var opening = await app.NewTradeOpeningAsync(recruiter);
        var candidate = await app.NewCandidateWithBookAsync();
        var consent = await app.GrantAsync(candidate, recruiter, "Bruno S.", opening.Id);
        var report = await app.DecryptedReportAsync(consent);
        var v = report.Valuation;
        Assert.True(report.Reactivation.Clients > 0, "the sample should have dormant valuable clients");

        var page = await recruiter.Client.GetDocumentAsync($"/Recruiter/Valuation/{candidate.BookId}");

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
