using Microsoft.Playwright;

namespace PortfolioEval.E2ETests.PageObjects;

/// <summary>The recruiter's list of every candidate who shared a report with the company.</summary>
public sealed class CandidatesPage(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/Recruiter/Candidates");

    public ILocator Row(string sharedName) =>
        page.Locator("[data-testid=consent-row]").Filter(new LocatorFilterOptions { Has = page.Locator("[data-testid=shared-name]", new PageLocatorOptions { HasTextString = sharedName }) });

    /// <summary>Ticks the candidates and asks for their comparison.</summary>
    public async Task CompareAsync(params string[] sharedNames)
    {
        foreach (var name in sharedNames)
            await Row(name).Locator("input[name=books]").CheckAsync();
        await page.Locator("[data-testid=compare]").ClickAsync();
    }
}
