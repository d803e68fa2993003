using System.Text.RegularExpressions;
using PortfolioEval.E2ETests.Infrastructure;
using PortfolioEval.E2ETests.PageObjects;
using PortfolioEval.Testing;
using static Microsoft.Playwright.Assertions;

namespace PortfolioEval.E2ETests;

public class ReportJourneyTests(Browser browser, KestrelPortal portal) : BrowserTest(browser, portal)
{
    [Theory]
    [InlineData("es", "Actualidad", "Tu plan de acción")]
    [InlineData("en", "Freshness", "Your action plan")]
    public Task Candidate_SeesTheReportWithItsChartsAndPlan(string language, string freshness, string plan) =>
        InBrowserAsync(language, async page =>
        {
            await SignUpCandidateAsync(page, "Carla Rojas");
            var books = new BookPages(page);
            await books.UploadAsync(RepositoryFiles.Sample("demo-ana.xlsx"));
            await books.ConfirmMappingAsync();

            var report = new ReportPage(page);
            await report.OpenFromSummaryAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/Candidate/Books/Report/"));
            await Expect(report.CompositeScore).ToHaveTextAsync(new Regex(@"^\d{1,3}$"));
            await Expect(report.FreshnessTitle).ToContainTextAsync(freshness);
            await Expect(report.FreshnessBars).Not.ToHaveCountAsync(0);
            await Expect(report.DealValueCurve).ToHaveCountAsync(1);
            await Expect(report.ActionPlanTitle).ToHaveTextAsync(plan);
            await SaveScreenshotAsync(page, $"report-{language}");
        });
}
