using System.Net;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Cluster;

/// <summary>What a person does on one node keeps working on the other: the session, email links, the key ring.</summary>
public sealed class ClusterSessionTests
{
    [PostgresFact]
    public async Task SessionMadeOnA_OpensThePortalOnB_AndAFormFromAPostsOnB()
    {
        using var cluster = new TwoNodes();
        using var browser = cluster.NewBrowser(Route.A);
        var email = AccountSteps.NewEmail("roaming");
        await browser.SignUpAndLoginAsync(cluster.A, email, (c, e) => c.RegisterCandidateAsync(e));
        var logoutForm = await browser.GetDocumentAsync("/Candidate");

        browser.Route = Route.B;
        using var page = await browser.GetAsync("/Candidate");
        using var loggedOut = await browser.SubmitAsync(logoutForm, "/Account/Logout", new Dictionary<string, string>(), "form[action='/Account/Logout']");
        using var afterLogout = await browser.GetAsync("/Candidate");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, loggedOut.StatusCode);
        Assert.StartsWith("http://localhost/Account/Login", afterLogout.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal("AABBB", string.Concat(browser.Served.TakeLast(5)));
    }

    [PostgresFact]
    public async Task PasswordResetLinkMadeOnA_WorksOnB()
    {
        using var cluster = new TwoNodes();
        var email = AccountSteps.NewEmail("forgetful");
        using (var owner = cluster.NewBrowser(Route.A))
            await owner.SignUpAndLoginAsync(cluster.A, email, (c, e) => c.RegisterCandidateAsync(e));
        using var browser = cluster.NewBrowser(Route.A);
        using (var asked = await browser.SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = email }))
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var link = cluster.Outbox.LinkIn(email, "/Account/ResetPassword");

        browser.Route = Route.B;
        using var reset = await browser.SubmitAsync(link.PathAndQuery, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "Otra-clave-2026",
            ["Input.ConfirmPassword"] = "Otra-clave-2026",
        });
        using var login = await browser.LoginAsync(email, "Otra-clave-2026");

        Assert.Contains("alert-success", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [PostgresFact]
    public async Task KeyMadeOnA_ProtectsASessionThatBReads()
    {
        using var cluster = new TwoNodes();
        // A rotates: a new key, in force at once, becomes A's default; B has already loaded the ring without it.
        using (var before = cluster.NewBrowser(Route.B))
            Assert.Equal(HttpStatusCode.OK, (await before.GetAsync("/Account/Login")).StatusCode);
        var keys = cluster.A.Services.GetRequiredService<IKeyManager>();
        var rotated = keys.CreateNewKey(DateTimeOffset.UtcNow.AddSeconds(-1), DateTimeOffset.UtcNow.AddDays(90));
        using var browser = cluster.NewBrowser(Route.A);
        var email = AccountSteps.NewEmail("rotated");
        await browser.SignUpAndLoginAsync(cluster.A, email, (c, e) => c.RegisterCandidateAsync(e));

        browser.Route = Route.B;
        using var page = await browser.GetAsync("/Candidate");

        Assert.Contains(cluster.B.Services.GetRequiredService<IKeyManager>().GetAllKeys(), k => k.KeyId == rotated.KeyId);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
