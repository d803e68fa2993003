using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PortfolioEval.E2ETests.Infrastructure;
using PortfolioEval.E2ETests.PageObjects;
using PortfolioEval.Testing;
using static Microsoft.Playwright.Assertions;

namespace PortfolioEval.E2ETests;

/// <summary>
/// The hiring journey end to end, in each language on a desktop and on a phone: a new candidate follows an opening's
/// link, registers, confirms and lands back on Apply; applies giving their email; the recruiter is notified, writes,
/// moves the status; the candidate sees it and replies. axe checks every page on the way (WCAG 2.1 A and AA).
/// </summary>
public class HiringJourneyTests(Browser browser, KestrelPortal portal) : BrowserTest(browser, portal)
{
    private const string Password = "Cartera2026segura";

    // The base keeps its own contexts at its default size; this journey needs a phone's width too.
    private readonly Browser _browser = browser;

    [Theory]
    [InlineData("es", 1280)]
    [InlineData("en", 390)]
    [InlineData("es", 390)]
    [InlineData("en", 1280)]
    public async Task NewCandidateFromAnOpeningsLink_Applies_RecruiterWritesAndMovesTheStatus_CandidateReplies(string language, int width)
    {
        await using var candidateContext = await NewContextAsync(language, width);
        await using var recruiterContext = await NewContextAsync(language, width);
        var candidatePage = await candidateContext.NewPageAsync();
        var recruiterPage = await recruiterContext.NewPageAsync();
        var shot = $"{language}-{width}";
        try
        {
            // A company publishes an opening; it is on the public board.
            await SignUpRecruiterAsync(recruiterPage, "Lucía Paredes", $"Andina {Guid.NewGuid():N}"[..16]);
            var title = $"Ejecutivo/a B2B {Guid.NewGuid():N}"[..24];
            await new RecruiterPages(recruiterPage).CreateOpeningAsync(title, "Lima");
            var board = new JobBoardPages(candidatePage);
            await board.OpenAsync();
            await Axe.AssertNoViolationsAsync(candidatePage);
            await SaveScreenshotAsync(candidatePage, $"journey-board-{shot}");
            await board.OpenOpeningAsync(title);

            // Logged out, the candidate follows Apply: the login page names the opening; registering keeps the way back.
            await board.ApplyAsync();
            var returning = new ReturnJourneyPages(candidatePage);
            await Expect(returning.OpeningNotice).ToContainTextAsync(title);
            await Axe.AssertNoViolationsAsync(candidatePage);
            await SaveScreenshotAsync(candidatePage, $"journey-login-{shot}");
            await returning.CreateAccountAsync();
            var email = $"candidate-{Guid.NewGuid():N}@example.test";
            await new RegisterPage(candidatePage).RegisterCandidateAsync("Carla Rojas", email, Password);
            await candidatePage.GotoAsync(Portal.Outbox.LinkIn(email, "/Account/ConfirmEmail").PathAndQuery);
            await returning.LoginAfterConfirmingAsync(email, Password);
            await Expect(candidatePage).ToHaveURLAsync(new Regex("/Candidate/Apply/"));
            var apply = new ApplyPage(candidatePage);
            await Expect(apply.Opening).ToContainTextAsync(title);
            var applyUrl = candidatePage.Url;

            // A new account has no book yet: upload one, come back and apply, giving the account's email.
            await Expect(apply.NoScoredBook).ToBeVisibleAsync();
            var books = new BookPages(candidatePage);
            await books.UploadAsync(RepositoryFiles.Sample("demo-carla.xlsx"));
            await books.ConfirmMappingAsync();
            await candidatePage.GotoAsync(applyUrl);
            await Axe.AssertNoViolationsAsync(candidatePage);
            await SaveScreenshotAsync(candidatePage, $"journey-apply-{shot}");
            await apply.ApplySharingEmailAsync("Carla R.");
            await Expect(new CandidateConsentPages(candidatePage).Confirmation).ToBeVisibleAsync();

            // The recruiter is notified, sees the email the candidate gave, writes to her.
            var recruiterNotifications = new NotificationsPage(recruiterPage);
            await recruiterNotifications.OpenAsync();
            await Expect(recruiterNotifications.OfKind("ApplicationReceived")).ToContainTextAsync("Carla R.");
            await Axe.AssertNoViolationsAsync(recruiterPage);
            await SaveScreenshotAsync(recruiterPage, $"journey-notified-{shot}");
            await recruiterNotifications.FollowAsync("ApplicationReceived");
            var recruiterThread = new ThreadPage(recruiterPage);
            await Expect(recruiterThread.ContactEmail).ToHaveTextAsync(email);
            await recruiterThread.SendAsync("¿Podemos conversar el lunes a las 10?");
            await Expect(recruiterThread.Sent).ToBeVisibleAsync();

            // The recruiter moves her to interviews on the opening's dashboard.
            await recruiterPage.GotoAsync("/Recruiter/Openings");
            await recruiterPage.Locator("[data-testid=opening-dashboard]").First.ClickAsync();
            await new DashboardPage(recruiterPage).SetStatusAsync("Carla R.", "Interviewing");

            // The candidate sees the status, reads the message and replies.
            var applications = new ApplicationsPage(candidatePage);
            await applications.OpenAsync();
            await Expect(applications.Status).ToHaveAttributeAsync("data-status", "Interviewing");
            await Axe.AssertNoViolationsAsync(candidatePage);
            await SaveScreenshotAsync(candidatePage, $"journey-status-{shot}");
            await applications.OpenMessagesAsync();
            var candidateThread = new ThreadPage(candidatePage);
            await Expect(candidateThread.Messages.First).ToHaveTextAsync("¿Podemos conversar el lunes a las 10?");
            await candidateThread.SendAsync("Sí, el lunes a las 10 me viene bien.");
            await Expect(candidateThread.Messages).ToHaveCountAsync(2);
            await Axe.AssertNoViolationsAsync(candidatePage);
            await SaveScreenshotAsync(candidatePage, $"journey-thread-{shot}");

            // The recruiter reads the reply.
            await recruiterNotifications.OpenAsync();
            await recruiterNotifications.FollowAsync("MessageReceived");
            await Expect(recruiterThread.Messages.Last).ToHaveTextAsync("Sí, el lunes a las 10 me viene bien.");
            await Axe.AssertNoViolationsAsync(recruiterPage);
            await SaveScreenshotAsync(recruiterPage, $"journey-reply-{shot}");

            // The pages a company admin and a candidate reach from here pass the same accessibility check.
            foreach (var path in new[] { "/Recruiter/ApiKeys", "/Recruiter/Webhooks", "/Api", "/Notifications/Preferences" })
            {
                await recruiterPage.GotoAsync(path);
                await Axe.AssertNoViolationsAsync(recruiterPage);
            }
            foreach (var path in new[] { "/Openings", "/Notifications", "/Notifications/Preferences" })
            {
                await candidatePage.GotoAsync(path);
                await Axe.AssertNoViolationsAsync(candidatePage);
            }
        }
        catch
        {
            await SaveScreenshotAsync(candidatePage, $"FAILED-journey-{shot}-candidate");
            await SaveScreenshotAsync(recruiterPage, $"FAILED-journey-{shot}-recruiter");
            throw;
        }
    }

    private Task<IBrowserContext> NewContextAsync(string language, int width) =>
        _browser.Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Portal.BaseAddress.ToString(),
            Locale = language,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = language },
            ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 844 : 800 },
        });
}
