using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Security;

/// <summary>
/// Links in emails lead to the portal's configured public address, whatever <c>Host</c> the request that caused them
/// carried: a reset asked for through <c>evil.example</c> must not mail a link to it.
/// </summary>
public sealed class HostHeaderTests : IDisposable
{
    private const string PublicBaseUrl = "https://portal.example.test";

    private readonly PortfolioFactory _app = PortfolioFactory.With(new Dictionary<string, string?> { ["Portal:PublicBaseUrl"] = PublicBaseUrl });

    [Fact]
    public async Task ConfirmationAndResetLinks_AskedForThroughAForeignHost_LeadToThePublicBaseUrl()
    {
        var email = AccountSteps.NewEmail("poisoned");
        var attacker = _app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://evil.example"), AllowAutoRedirect = false, HandleCookies = true,
        });

        using (var registered = await attacker.RegisterCandidateAsync(email))
            Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var confirm = _app.Outbox.LinkIn(email, "/Account/ConfirmEmail");
        await attacker.ConfirmEmailAsync(_app.Outbox, email);
        using (var asked = await attacker.SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = email }))
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var reset = _app.Outbox.LinkIn(email, "/Account/ResetPassword");

        Assert.Equal(PublicBaseUrl + "/Account/ConfirmEmail", confirm.GetLeftPart(UriPartial.Path));
        Assert.Equal(PublicBaseUrl + "/Account/ResetPassword", reset.GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public async Task AlreadyRegisteredEmail_AskedForThroughAForeignHost_LinksToThePublicBaseUrl()
    {
        var email = AccountSteps.NewEmail("twice");
        var owner = _app.CreateBrowser();
        (await owner.RegisterCandidateAsync(email)).Dispose();
        var attacker = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example"), AllowAutoRedirect = false });

        (await attacker.RegisterCandidateAsync(email)).Dispose();
        var body = _app.Outbox.Last(email).TextBody ?? "";

        Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
        Assert.Contains(PublicBaseUrl + "/Account/ForgotPassword", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("portal.example.test")]
    [InlineData("ftp://portal.example.test")]
    [InlineData("https://portal.example.test/?next=1")]
    public void Startup_OutsideDevelopment_RefusesAMissingOrUnusablePublicBaseUrl(string value)
    {
        using var app = PortfolioFactory.With(new Dictionary<string, string?> { ["Portal:PublicBaseUrl"] = value });

        var error = Assert.Throws<OptionsValidationException>(() => app.Server);

        Assert.Contains("Portal:PublicBaseUrl", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();
}
