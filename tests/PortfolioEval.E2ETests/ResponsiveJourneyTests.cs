using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PortfolioEval.Accounts;
using PortfolioEval.E2ETests.Infrastructure;
using PortfolioEval.E2ETests.PageObjects;
using PortfolioEval.Web.Accounts;
using static Microsoft.Playwright.Assertions;

namespace PortfolioEval.E2ETests;

/// <summary>
/// The pages with tables, on a 390 px phone and a 1280 px laptop, in Spanish and English: nothing scrolls sideways,
/// the controls a person needs are on screen, and axe finds no accessibility violation. Screenshots of each.
/// </summary>
public class ResponsiveJourneyTests(Browser browser, KestrelPortal portal) : BrowserTest(browser, portal)
{
    private const string Password = "Cartera2026segura";
    private static readonly string[] Applicants = ["Ana Torres", "Bruno Salas", "Carla Rojas"];

    [Theory]
    [InlineData("es", Viewport.Phone)]
    [InlineData("en", Viewport.Phone)]
    [InlineData("es", Viewport.Laptop)]
    [InlineData("en", Viewport.Laptop)]
    public Task Recruiter_RanksSavesAStatusAndCompares_WithEveryControlOnScreen(string language, int width) =>
        InBrowserAsync(language, async page =>
        {
            await Viewport.SetWidthAsync(page, width);
            var recruiter = await SignUpRecruiterAsync(page, "Rita Reclutadora", $"Pantallas {language} {width}");
            var opening = await Portal.NewOpeningAsync(recruiter, "Ejecutivo/a de ventas B2B");
            await Portal.ApplyAsync(opening, "demo-ana.xlsx", "Ana Torres");
            await Portal.ApplyAsync(opening, "demo-bruno.csv", "Bruno Salas");
            await Portal.ApplyAsync(opening, "demo-carla.xlsx", "Carla Rojas");

            var dashboard = new DashboardPage(page);
            await dashboard.OpenAsync(opening.Id);
            await Expect(dashboard.Rows).ToHaveCountAsync(3);
            Assert.Equal(0, await Viewport.OverflowAsync(page));
            foreach (var name in Applicants)
            {
                await Viewport.AssertWithinWidthAsync(page, dashboard.StatusOf(name));
                await Viewport.AssertWithinWidthAsync(page, dashboard.SaveStatusOf(name));
            }
            await Axe.AssertNoViolationsAsync(page);
            await SaveScreenshotAsync(page, $"dashboard-{width}-{language}");

            await dashboard.SetStatusAsync("Bruno Salas", "Interviewing");
            await Expect(dashboard.StatusMessage).ToBeVisibleAsync();
            await Expect(dashboard.StatusOf("Bruno Salas")).ToHaveValueAsync("Interviewing");
            await Axe.AssertNoViolationsAsync(page);

            await dashboard.AddToComparisonAsync("Ana Torres");
            await dashboard.AddToComparisonAsync("Carla Rojas");
            await dashboard.CompareSelected.ClickAsync();
            var compare = new ComparePage(page);
            await Expect(compare.Names).ToHaveCountAsync(2);
            Assert.Equal(0, await Viewport.OverflowAsync(page));
            await Viewport.AssertWithinWidthAsync(page, compare.PrintButton);
            await Viewport.AssertWithinWidthAsync(page, page.Locator("[data-testid=export-csv]"));
            await Axe.AssertNoViolationsAsync(page);
            await SaveScreenshotAsync(page, $"compare-{width}-{language}");
        });

    [Theory]
    [InlineData("es", Viewport.Phone)]
    [InlineData("en", Viewport.Phone)]
    [InlineData("es", Viewport.Laptop)]
    [InlineData("en", Viewport.Laptop)]
    public Task Candidate_ReadsBooksAndConsents_AsksBeforeRevokingAndDeleting_OnAnyScreen(string language, int width) =>
        InBrowserAsync(language, async page =>
        {
            await Viewport.SetWidthAsync(page, width);
            var recruiter = await SignUpRecruiterAsync(page, "Rita Reclutadora", $"Consentimientos {language} {width}");
            var opening = await Portal.NewOpeningAsync(recruiter, "Ejecutivo/a de ventas B2B");
            var consent = await Portal.ApplyAsync(opening, "demo-carla.xlsx", "Carla Rojas");
            await page.Context.ClearCookiesAsync(); // the recruiter leaves (the menu's log-out is folded away on a phone)
            await LogInAsCandidateAsync(page, consent.CandidateId);

            var checks = new (string Path, string Control, string Shot)[]
            {
                ("/Candidate", "[data-testid=upload-book]", "books"),
                ("/Candidate/Consents", "[data-testid=revoke-link]", "consents"),
                ($"/Candidate/Consents/Revoke/{consent.Id}", "[data-testid=revoke] button[type=submit]", "revoke"),
                ($"/Candidate/Books/Delete/{consent.BookId}", "[data-testid=delete-book] button[type=submit]", "delete-book"),
                ($"/Candidate/Consents/PrintableReceipt/{consent.Id}", "[data-print]", "receipt"),
                ($"/Candidate/Books/Report/{consent.BookId}", "[data-testid=composite-score]", "report"),
            };
            foreach (var (path, control, shot) in checks)
            {
                await page.GotoAsync(path);
                Assert.Equal(0, await Viewport.OverflowAsync(page));
                await Viewport.AssertWithinWidthAsync(page, page.Locator(control).First);
                await Axe.AssertNoViolationsAsync(page);
                await SaveScreenshotAsync(page, $"candidate-{shot}-{width}-{language}");
            }
            await page.GotoAsync($"/Candidate/Books/Delete/{consent.BookId}");
            await Expect(page.Locator("[data-testid=consent-ending]")).ToHaveCountAsync(1);
        });

    [Theory]
    [InlineData("es", Viewport.Phone)]
    [InlineData("en", Viewport.Laptop)]
    public Task Admin_ListsUsers_OnAnyScreen(string language, int width) =>
        InBrowserAsync(language, async page =>
        {
            await Viewport.SetWidthAsync(page, width);
            var email = $"admin-{Guid.NewGuid():N}@example.test";
            await using (var scope = Portal.Services.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<AccountBootstrap>().CreateConfirmedAsync(email, "Ada Admin", Roles.Admin, Password);
            await new LoginPage(page).LoginAsync(email, Password);

            await page.GotoAsync("/Admin/Users");

            await Expect(page.Locator("[data-testid=user]").First).ToBeVisibleAsync();
            Assert.Equal(0, await Viewport.OverflowAsync(page));
            await Viewport.AssertWithinWidthAsync(page, page.Locator("[data-testid=lock]").First);
            await Axe.AssertNoViolationsAsync(page);
            await SaveScreenshotAsync(page, $"admin-users-{width}-{language}");
        });

    // The candidate ApplyAsync created has a generated password: set a known one, as "forgot password" would.
    private async Task LogInAsCandidateAsync(IPage page, string candidateId)
    {
        string email;
        await using (var scope = Portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var candidate = (await users.FindByIdAsync(candidateId))!;
            await users.RemovePasswordAsync(candidate);
            await users.AddPasswordAsync(candidate, Password);
            email = candidate.Email!;
        }
        await new LoginPage(page).LoginAsync(email, Password);
    }
}
