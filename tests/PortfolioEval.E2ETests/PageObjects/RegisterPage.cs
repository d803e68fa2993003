using Microsoft.Playwright;

namespace PortfolioEval.E2ETests.PageObjects;

public sealed class RegisterPage(IPage page)
{
    private ILocator Form => page.Locator("[data-testid=register-form]");

    public async Task OpenAsync() => await page.GotoAsync("/Account/Register");

    public async Task RegisterCandidateAsync(string name, string email, string password)
    {
        await page.Locator("#role-candidate").CheckAsync();
        await FillPersonAsync(name, email, password);
        await SubmitAsync();
    }

    public async Task RegisterRecruiterAsync(string name, string email, string password, string company, string country, string sector)
    {
        await page.Locator("#role-recruiter").CheckAsync();
        await FillPersonAsync(name, email, password);
        await page.Locator("#company-create").CheckAsync();
        await page.Locator("#Input_CompanyName").FillAsync(company);
        await page.Locator("#Input_CompanyCountry").FillAsync(country);
        await page.Locator("#Input_CompanySector").FillAsync(sector);
        await SubmitAsync();
    }

    /// <summary>The company fields show only for recruiters.</summary>
    public ILocator CompanyFields => page.Locator("[data-show-for-role=Recruiter]");

    private async Task FillPersonAsync(string name, string email, string password)
    {
        await page.Locator("#Input_DisplayName").FillAsync(name);
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(password);
        await page.Locator("#Input_ConfirmPassword").FillAsync(password);
    }

    private async Task SubmitAsync() => await Form.Locator("button[type=submit]").ClickAsync();
}
