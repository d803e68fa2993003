using System.Net;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Accounts;

namespace PortfolioEval.Tests.Accounts;

/// <summary>A new candidate following an opening's link comes back to its Apply page through login, registration and confirmation; nothing else is followed.</summary>
[Collection(SharedPortal.Name)]
public class ReturnAddressTests(PortfolioFactory app)
{
    [Theory]
    [InlineData("/Candidate/Apply/abc", "/Candidate/Apply/abc")]
    [InlineData("/", "/")]
    [InlineData("https://evil.example/Candidate/Apply/abc", null)]
    [InlineData("//evil.example/x", null)]
    [InlineData("/\\evil.example/x", null)]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("Candidate/Apply/abc", null)]
    [InlineData("/Candidate\r\nLocation: https://evil.example", null)]
    [InlineData("", null)]
    public void ReturnAddress_KeepsOnlyLocalPaths(string given, string? kept) =>
        Assert.Equal(kept, ReturnAddress.LocalOrNull(given));

    [Fact]
    public async Task NewCandidateFromAnOpeningsLink_RegistersConfirmsAndLogsIn_BackOnItsApplyPage()
    {
        var company = await app.NewCompanyAsync("Regreso Vacante");
        var opening = await app.NewOpeningAsync(company, "Ejecutivo de regreso");
        var browser = app.CreateBrowser();
        var apply = $"/Candidate/Apply/{opening.PublicCode}";

        using var challenged = await browser.GetAsync(apply);
        Assert.Equal(HttpStatusCode.Redirect, challenged.StatusCode);
        var login = await browser.GetDocumentAsync(challenged.Headers.Location!.PathAndQuery());
        Assert.Contains("Ejecutivo de regreso", login.QuerySelector("[data-testid=login-opening]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(company.Name, login.QuerySelector("[data-testid=login-opening]")!.TextContent, StringComparison.Ordinal);
        var register = login.QuerySelector("[data-testid=register-link]")!.GetAttribute("href")!;
        Assert.Contains(Uri.EscapeDataString(apply), register, StringComparison.OrdinalIgnoreCase);

        var email = AccountSteps.NewEmail("regreso");
        using var registered = await browser.SubmitAsync(register, new Dictionary<string, string>
        {
            ["Input.Role"] = "Candidate",
            ["Input.DisplayName"] = "Rosa Regreso",
            ["Input.Email"] = email,
            ["Input.Password"] = AccountSteps.Password,
            ["Input.ConfirmPassword"] = AccountSteps.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var confirmLink = app.Outbox.LinkIn(email, "/Account/ConfirmEmail");
        var confirmed = await browser.GetDocumentAsync(confirmLink.PathAndQuery);
        var loginAfter = confirmed.QuerySelector("[data-testid=login-after-confirm]")!.GetAttribute("href")!;
        using var loggedIn = await browser.SubmitAsync(loginAfter, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = AccountSteps.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, loggedIn.StatusCode);
        Assert.Equal(apply, loggedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task RegisteringWithAForeignReturnAddress_SendsAConfirmationLinkWithoutIt_AndLoginGoesHome()
    {
        var browser = app.CreateBrowser();
        var email = AccountSteps.NewEmail("fuera");
        using (await browser.SubmitAsync("/Account/Register?returnUrl=" + Uri.EscapeDataString("https://evil.example/x"), new Dictionary<string, string>
        {
            ["Input.Role"] = "Candidate",
            ["Input.DisplayName"] = "Fuera",
            ["Input.Email"] = email,
            ["Input.Password"] = AccountSteps.Password,
            ["Input.ConfirmPassword"] = AccountSteps.Password,
        })) { }

        var link = app.Outbox.LinkIn(email, "/Account/ConfirmEmail");
        Assert.DoesNotContain("evil", link.OriginalString, StringComparison.Ordinal);
        await browser.ConfirmEmailAsync(app.Outbox, email);
        using var loggedIn = await browser.SubmitAsync("/Account/Login?ReturnUrl=" + Uri.EscapeDataString("//evil.example/x"),
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = AccountSteps.Password });

        Assert.Equal("/", loggedIn.Headers.Location!.OriginalString);
    }
}

internal static class UriPaths
{
    /// <summary>The path and query of a redirect's location, relative or absolute.</summary>
    public static string PathAndQuery(this Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
