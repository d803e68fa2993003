using System.Net;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Security;

/// <summary>A copied auth cookie is worth nothing once its session has ended: after logout, after a password reset.</summary>
[Collection(SharedPortal.Name)]
public class SessionReplayTests(PortfolioFactory app)
{
    [Fact]
    public async Task CopiedCookie_WorksWhileTheSessionLasts_AndNotAfterLogout()
    {
        var client = app.CreateBrowser();
        using var login = await client.RegisterConfirmAndLoginAsync(app, AccountSteps.NewEmail("replayed"));
        var copied = SessionCookies.CopyAuthCookie(login);
        using (var before = await app.ReplayAsync(copied, "/Candidate"))
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        var home = await client.GetDocumentAsync("/Candidate");
        using var logout = await client.SubmitAsync(home, "/Candidate", new Dictionary<string, string>(), "form[action='/Account/Logout']");
        using var after = await app.ReplayAsync(copied, "/Candidate");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("http://localhost/Account/Login", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CopiedCookie_AfterAPasswordReset_NoLongerOpensThePortal()
    {
        var email = AccountSteps.NewEmail("reset");
        using var login = await app.CreateBrowser().RegisterConfirmAndLoginAsync(app, email);
        var copied = SessionCookies.CopyAuthCookie(login);

        var owner = app.CreateBrowser();
        using (var asked = await owner.SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = email }))
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var link = app.Outbox.LinkIn(email, "/Account/ResetPassword");
        using (var reset = await owner.SubmitAsync(link.PathAndQuery, new Dictionary<string, string>
               {
                   ["Input.Email"] = email,
                   ["Input.Password"] = "Otra-clave-2026",
                   ["Input.ConfirmPassword"] = "Otra-clave-2026",
               }))
            Assert.Contains("alert-success", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var after = await app.ReplayAsync(copied, "/Candidate");

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("http://localhost/Account/Login", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInSession_KeepsWorkingRequestAfterRequest()
    {
        var client = app.CreateBrowser();
        using var login = await client.RegisterConfirmAndLoginAsync(app, AccountSteps.NewEmail("staying"));

        for (var i = 0; i < 3; i++)
        {
            using var page = await client.GetAsync("/Candidate");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
    }
}
