using System.Net;
using System.Text.RegularExpressions;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Testing;

namespace PortfolioEval.Tests.Accounts;

[Collection(SharedPortal.Name)]
public partial class LoginTests(PortfolioFactory app)
{
    [Fact]
    public async Task Login_UnknownEmailAndWrongPassword_GetTheSameAnswer()
    {
        var email = AccountSteps.NewEmail("known");
        await app.CreateBrowser().SignUpAndLoginAsync(app, email, (c, e) => c.RegisterCandidateAsync(e));

        using var wrongPassword = await app.CreateBrowser().LoginAsync(email, "NotThePassword1");
        using var unknownEmail = await app.CreateBrowser().LoginAsync(AccountSteps.NewEmail("nobody"), "NotThePassword1");

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknownEmail.StatusCode);
        Assert.Equal(Comparable(await wrongPassword.Content.ReadAsStringAsync()),
                     Comparable(await unknownEmail.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccountAndTellsTheOwnerByEmail()
    {
        var email = AccountSteps.NewEmail("locked");
        await app.CreateBrowser().SignUpAndLoginAsync(app, email, (c, e) => c.RegisterCandidateAsync(e));
        var client = app.CreateBrowser();

        for (var attempt = 1; attempt <= 5; attempt++)
            (await client.LoginAsync(email, $"Wrong-password-{attempt}")).Dispose();
        using var rightPassword = await client.LoginAsync(email);

        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
        Assert.Contains("Correo o contraseña incorrectos.", WebUtility.HtmlDecode(await rightPassword.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal("Tu cuenta de PortfolioEval fue bloqueada", app.Outbox.Last(email).Subject);
    }

    [Fact]
    public async Task Lockout_CausedFromABrowserInEnglish_IsWrittenInTheOwnersSpanish()
    {
        var email = AccountSteps.NewEmail("locked-es");
        await app.CreateBrowser().SignUpAndLoginAsync(app, email, (c, e) => c.RegisterCandidateAsync(e));
        var stranger = app.CreateBrowser();
        stranger.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        for (var attempt = 1; attempt <= 5; attempt++)
            (await stranger.LoginAsync(email, $"Wrong-password-{attempt}")).Dispose();

        Assert.Equal("Tu cuenta de PortfolioEval fue bloqueada", app.Outbox.Last(email).Subject);
    }

    [Fact]
    public async Task Login_FourWrongPasswords_StillLetsTheRightOneIn()
    {
        var email = AccountSteps.NewEmail("careless");
        await app.CreateBrowser().SignUpAndLoginAsync(app, email, (c, e) => c.RegisterCandidateAsync(e));
        var client = app.CreateBrowser();

        for (var attempt = 1; attempt <= 4; attempt++)
            (await client.LoginAsync(email, $"Wrong-password-{attempt}")).Dispose();
        using var rightPassword = await client.LoginAsync(email);

        Assert.Equal(HttpStatusCode.Redirect, rightPassword.StatusCode);
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        var client = app.CreateBrowser();
        await client.SignUpAndLoginAsync(app, AccountSteps.NewEmail("leaving"), (c, e) => c.RegisterCandidateAsync(e));
        var home = await client.GetDocumentAsync("/Candidate");

        using var logout = await client.SubmitAsync(home, "/Candidate", new Dictionary<string, string>(), "form[action='/Account/Logout']");
        using var after = await client.GetAsync("/Candidate");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.StartsWith("http://localhost/Account/Login", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_ExternalReturnUrl_IsIgnored()
    {
        var email = AccountSteps.NewEmail("phished");
        await app.CreateBrowser().SignUpAndLoginAsync(app, email, (c, e) => c.RegisterCandidateAsync(e));

        using var login = await app.CreateBrowser().SubmitAsync("/Account/Login?ReturnUrl=https%3A%2F%2Fevil.example%2F",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = AccountSteps.Password });

        Assert.Equal("/", login.Headers.Location?.OriginalString);
    }

    // The pages differ only in the antiforgery token and in the email echoed back into the form.
    private static string Comparable(string html) =>
        EchoedEmail().Replace(AntiforgeryToken().Replace(html, ""), "value=\"\"");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("value=\"[^\"]*@[^\"]*\"")]
    private static partial Regex EchoedEmail();
}
