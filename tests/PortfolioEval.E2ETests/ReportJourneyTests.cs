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

            await page.Locator("[data-testid=open-report]").ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/Candidate/Books/Report/"));
            await Expect(page.Locator("[data-testid=composite-score]")).ToHaveTextAsync(new Regex(@"^\d{1,3}$"));
            await Expect(page.Locator("[data-testid=freshness] h2")).ToContainTextAsync(freshness);
            await Expect(page.Locator("[data-testid=freshness] svg.chart rect")).Not.ToHaveCountAsync(0);
            await Expect(page.Locator("[data-testid=deal-value] svg.chart polyline")).ToHaveCountAsync(1);
            await Expect(page.Locator("[data-testid=action-plan] h2")).ToHaveTextAsync(plan);
            await SaveScreenshotAsync(page, $"report-{language}");
        });
}
