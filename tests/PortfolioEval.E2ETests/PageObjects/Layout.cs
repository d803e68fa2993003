using Microsoft.Playwright;

namespace PortfolioEval.E2ETests.PageObjects;

/// <summary>What every page shares: the language switch and who is signed in.</summary>
public sealed class Layout(IPage page)
{
    public ILocator SignedInAs => page.Locator("[data-testid=signed-in-as]");

    /// <summary>The page's title, its one h1.</summary>
    public ILocator Heading => page.Locator("h1");

    public ILocator Body => page.Locator("body");

    public async Task SwitchLanguageAsync(string code) =>
        await page.Locator($"[data-testid=culture-switcher] button[value={code}]").ClickAsync();

    public Task<string?> LanguageAsync() => page.Locator("html").GetAttributeAsync("lang");
}
