using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace PortfolioEval.E2ETests.Infrastructure;

/// <summary>
/// Runs a test in a fresh browser context (its own cookies) in the given language. When the test fails, the page
/// is saved as a screenshot named after the test, beside the test binaries in <c>screenshots/</c>.
/// </summary>
[Collection(BrowserSuite.Name)]
public abstract class BrowserTest(Browser browser, KestrelPortal portal)
{
    protected KestrelPortal Portal { get; } = portal;

    protected async Task InBrowserAsync(string language, Func<IPage, Task> test, [CallerMemberName] string name = "")
    {
        await using var context = await NewContextAsync(language);
        var page = await NewPageAsync(context);
        try
        {
            await test(page);
        }
        catch
        {
            await SaveScreenshotAsync(page, $"FAILED-{name}-{language}");
            throw;
        }
    }

    /// <summary>Two people at once, each in their own browser context (own cookies): e.g. a candidate and a recruiter.</summary>
    protected async Task InTwoBrowsersAsync(string language, Func<IPage, IPage, Task> test, [CallerMemberName] string name = "")
    {
        await using var firstContext = await NewContextAsync(language);
        await using var secondContext = await NewContextAsync(language);
        var first = await NewPageAsync(firstContext);
        var second = await NewPageAsync(secondContext);
        try
        {
            await test(first, second);
        }
        catch
        {
            await SaveScreenshotAsync(first, $"FAILED-{name}-{language}-1");
            await SaveScreenshotAsync(second, $"FAILED-{name}-{language}-2");
            throw;
        }
    }

    private Task<IBrowserContext> NewContextAsync(string language) =>
        browser.Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Portal.BaseAddress.ToString(),
            Locale = language,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = language },
        });

    private static async Task<IPage> NewPageAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return page;
    }

    /// <summary>A new candidate registers, confirms through the outbox and logs in; returns their email.</summary>
    protected async Task<string> SignUpCandidateAsync(IPage page, string name)
    {
        const string password = "Cartera2026segura";
        var email = $"candidate-{Guid.NewGuid():N}@example.test";
        var register = new PageObjects.RegisterPage(page);
        await register.OpenAsync();
        await register.RegisterCandidateAsync(name, email, password);
        await page.GotoAsync(Portal.Outbox.LinkIn(email, "/Account/ConfirmEmail").PathAndQuery);
        await new PageObjects.LoginPage(page).LoginAsync(email, password);
        return email;
    }

    /// <summary>A new recruiter registers a new hiring company (and so is its admin), confirms and logs in; returns their email.</summary>
    protected async Task<string> SignUpRecruiterAsync(IPage page, string name, string company)
    {
        const string password = "Cartera2026segura";
        var email = $"recruiter-{Guid.NewGuid():N}@example.test";
        var register = new PageObjects.RegisterPage(page);
        await register.OpenAsync();
        await register.RegisterRecruiterAsync(name, email, password, company, "Perú", "Distribución");
        await page.GotoAsync(Portal.Outbox.LinkIn(email, "/Account/ConfirmEmail").PathAndQuery);
        await new PageObjects.LoginPage(page).LoginAsync(email, password);
        return email;
    }

    /// <summary>Keeps a picture of what the person saw, for the README and for reviewers.</summary>
    protected static Task SaveScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Browser.ScreenshotFolder, name + ".png"), FullPage = true });
}
