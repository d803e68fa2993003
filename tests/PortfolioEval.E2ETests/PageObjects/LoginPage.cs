using Microsoft.Playwright;

namespace PortfolioEval.E2ETests.PageObjects;

public sealed class LoginPage(IPage page)
{
    public ILocator Errors => page.Locator("[data-testid=login-form] .validation-summary-errors");

    public async Task LoginAsync(string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(password);
        await page.Locator("[data-testid=login-form] button[type=submit]").ClickAsync();
    }

    public async Task LogoutAsync() =>
        await page.Locator("form[action='/Account/Logout'] button").ClickAsync();
}
