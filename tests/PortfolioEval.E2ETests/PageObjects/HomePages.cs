using Microsoft.Playwright;

namespace PortfolioEval.E2ETests.PageObjects;

/// <summary>Where a person lands: the candidate's and the recruiter's home, and the email confirmation.</summary>
public sealed class HomePages(IPage page)
{
    public ILocator EmailConfirmed => page.Locator("[data-testid=email-confirmed]");
    public ILocator CandidateHome => page.Locator("[data-testid=candidate-home]");
    public ILocator RecruiterHome => page.Locator("[data-testid=recruiter-home]");
    public ILocator CompanyName => page.Locator("[data-testid=company-name]");
    public ILocator InvitationCode => page.Locator("[data-testid=invitation-code]");

    /// <summary>The client books listed on the candidate's home, one row each.</summary>
    public ILocator Books => page.Locator("[data-testid=books] tbody tr");

    public async Task OpenCandidateHomeAsync() => await page.GotoAsync("/Candidate");
}
