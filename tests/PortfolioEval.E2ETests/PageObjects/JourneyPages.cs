using Microsoft.Playwright;

namespace PortfolioEval.E2ETests.PageObjects;

/// <summary>The public job board and an opening's page, as a visitor sees them.</summary>
public sealed class JobBoardPages(IPage page)
{
    public ILocator Cards => page.Locator("[data-testid=opening-card]");
    public ILocator Description => page.Locator("[data-testid=opening-description]");

    public async Task OpenAsync() => await page.GotoAsync("/Openings");

    public async Task OpenOpeningAsync(string title) =>
        await Cards.Filter(new() { HasText = title }).Locator("[data-testid=opening-link]").ClickAsync();

    public async Task ApplyAsync() => await page.Locator("[data-testid=apply]").ClickAsync();
}

/// <summary>The login page reached from an opening, and the way to registration that keeps the return address.</summary>
public sealed class ReturnJourneyPages(IPage page)
{
    public ILocator OpeningNotice => page.Locator("[data-testid=login-opening]");

    public async Task CreateAccountAsync() => await page.Locator("[data-testid=register-link]").ClickAsync();

    public async Task LoginAfterConfirmingAsync(string email, string password)
    {
        await page.Locator("[data-testid=login-after-confirm]").ClickAsync();
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(password);
        await page.Locator("[data-testid=login-form] button[type=submit]").ClickAsync();
    }
}

/// <summary>The Apply page's contact section: what the candidate gives the company.</summary>
public sealed class ApplyPage(IPage page)
{
    public ILocator Opening => page.Locator("[data-testid=opening]");
    public ILocator NoScoredBook => page.Locator("[data-testid=no-scored-book]");
    public ILocator ShareEmail => page.Locator("[data-testid=share-email]");

    public async Task ApplySharingEmailAsync(string nameToShow)
    {
        await page.Locator("#Input_SharedName").FillAsync(nameToShow);
        await ShareEmail.CheckAsync();
        await page.Locator("#Input_Agree").CheckAsync();
        await page.Locator("[data-testid=consent-form] button[type=submit]").ClickAsync();
    }
}

/// <summary>An application's thread, on either side, and the contact the company sees.</summary>
public sealed class ThreadPage(IPage page)
{
    public ILocator Messages => page.Locator("[data-testid=message-text]");
    public ILocator ContactEmail => page.Locator("[data-testid=contact-email]");
    public ILocator Sent => page.Locator("[data-testid=message-sent]");

    public async Task SendAsync(string text)
    {
        await page.Locator("[data-testid=message-input]").FillAsync(text);
        await page.Locator("[data-testid=send-message]").ClickAsync();
    }
}

/// <summary>The candidate's applications with the status each company gave them.</summary>
public sealed class ApplicationsPage(IPage page)
{
    public ILocator Applications => page.Locator("[data-testid=application]");
    public ILocator Status => Applications.First.Locator("[data-testid=application-status]");

    public async Task OpenAsync() => await page.GotoAsync("/Candidate/Applications");

    public async Task OpenMessagesAsync() => await Applications.First.Locator("[data-testid=messages-link]").ClickAsync();
}

/// <summary>Anyone's notifications list.</summary>
public sealed class NotificationsPage(IPage page)
{
    public ILocator Items => page.Locator("[data-testid=notification]");

    public ILocator OfKind(string kind) => page.Locator($"[data-testid=notification][data-kind={kind}]");

    public async Task OpenAsync() => await page.GotoAsync("/Notifications");

    public async Task FollowAsync(string kind) => await OfKind(kind).First.Locator("[data-testid=notification-link]").ClickAsync();
}
