using Microsoft.Playwright;

namespace PortfolioEval.E2ETests.PageObjects;

/// <summary>The hiring company's openings and candidates, and a shared report, as a recruiter sees them.</summary>
public sealed class RecruiterPages(IPage page)
{
    public ILocator OpeningLink => page.Locator("[data-testid=opening-link]").First;
    public ILocator CandidateRows => page.Locator("[data-testid=consent-row]");
    public ILocator SharedName => page.Locator("[data-testid=shared-name]").First;
    public ILocator CompositeScore => page.Locator("[data-testid=composite-score]");

    /// <summary>Creates an opening with a title and location (default sectors and weights); returns its public link.</summary>
    public async Task<string> CreateOpeningAsync(string title, string location)
    {
        await page.GotoAsync("/Recruiter/Openings");
        await page.Locator("[data-testid=new-opening]").ClickAsync();
        await page.Locator("#Input_Title").FillAsync(title);
        await page.Locator("#Input_Location").FillAsync(location);
        await page.Locator("[data-testid=save-opening]").ClickAsync();
        await page.GotoAsync("/Recruiter/Openings");
        return (await OpeningLink.GetAttributeAsync("href")) ?? await OpeningLink.InnerTextAsync();
    }

    public async Task OpenCandidatesAsync() => await page.GotoAsync("/Recruiter/Candidates");

    public async Task OpenReportOfAsync(string sharedName) =>
        await CandidateRows.Filter(new() { HasText = sharedName }).Locator("[data-testid=report-link]").ClickAsync();
}

/// <summary>An opening's public page, the consent form, and the candidate's consents with their access log.</summary>
public sealed class CandidateConsentPages(IPage page)
{
    public ILocator Statement => page.Locator("[data-testid=consent-statement]");
    public ILocator Confirmation => page.Locator("[data-testid=consent-confirmation]");
    public ILocator Consent => page.Locator("[data-testid=consent]").First;
    public ILocator State => Consent.Locator("[data-testid=consent-state]");
    public ILocator AccessSummary => Consent.Locator("[data-testid=access-summary]");
    public ILocator AccessLog => Consent.Locator("[data-testid=access-log]");

    public async Task ApplyAsync(string openingLink, string nameToShow)
    {
        await page.GotoAsync(openingLink);
        await page.Locator("[data-testid=apply]").ClickAsync();
        await page.Locator("#Input_SharedName").FillAsync(nameToShow);
        await page.Locator("#Input_Agree").CheckAsync();
        await page.Locator("[data-testid=consent-form] button[type=submit]").ClickAsync();
    }

    public async Task OpenAsync() => await page.GotoAsync("/Candidate/Consents");

    /// <summary>Asks to revoke, reads what revoking does, and confirms.</summary>
    public async Task RevokeAsync()
    {
        await Consent.Locator("[data-testid=revoke-link]").ClickAsync();
        await page.Locator("[data-testid=revoke] button[type=submit]").ClickAsync();
    }

    /// <summary>Unfolds the consent's access log: who looked, and when.</summary>
    public async Task ShowAccessLogAsync() => await AccessLog.Locator("summary").ClickAsync();
}
