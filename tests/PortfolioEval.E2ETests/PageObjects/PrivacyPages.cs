using Microsoft.Playwright;

namespace PortfolioEval.E2ETests.PageObjects;

/// <summary>The privacy notice, and what the candidate's "My data" page says of each stored book.</summary>
public sealed class PrivacyPages(IPage page)
{
    public ILocator NoticeTitle => page.Locator("[data-testid=privacy-notice] h1");
    public ILocator StoredBookEncryption => page.Locator("[data-testid=stored-book] [data-testid=encryption]");

    public async Task OpenNoticeAsync() => await page.GotoAsync("/Privacy");

    public async Task OpenMyDataAsync() => await page.GotoAsync("/Candidate/Privacy");
}
