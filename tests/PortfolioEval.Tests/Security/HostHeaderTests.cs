using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using PortfolioEval.Web.Hosting;
using PortfolioEval.Web.Links;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Security;

/// <summary>
/// Links in emails lead to the portal's configured public address (the test portal's is <c>http://localhost</c>),
/// whatever <c>Host</c> the request that caused them carried: a reset asked for through <c>evil.example</c> must not
/// mail a link to it.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class HostHeaderTests(PortfolioFactory app)
{
    private const string PublicRoot = "http://localhost";

    [Fact]
    public async Task ConfirmationAndResetLinks_AskedForThroughAForeignHost_LeadToThePublicBaseUrl()
    {
        var email = AccountSteps.NewEmail("poisoned");
        var attacker = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://evil.example"), AllowAutoRedirect = false, HandleCookies = true,
        });

        using (var registered = await attacker.RegisterCandidateAsync(email))
            Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var confirm = app.Outbox.LinkIn(email, "/Account/ConfirmEmail");
        await attacker.ConfirmEmailAsync(app.Outbox, email);
        using (var asked = await attacker.SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = email }))
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var reset = app.Outbox.LinkIn(email, "/Account/ResetPassword");

        Assert.Equal(PublicRoot + "/Account/ConfirmEmail", confirm.GetLeftPart(UriPartial.Path));
        Assert.Equal(PublicRoot + "/Account/ResetPassword", reset.GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public async Task AlreadyRegisteredEmail_AskedForThroughAForeignHost_LinksToThePublicBaseUrl()
    {
        var email = AccountSteps.NewEmail("twice");
        var owner = app.CreateBrowser();
        (await owner.RegisterCandidateAsync(email)).Dispose();
        var attacker = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example"), AllowAutoRedirect = false });

        (await attacker.RegisterCandidateAsync(email)).Dispose();
        var body = app.Outbox.Last(email).TextBody ?? "";

        Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
        Assert.Contains(PublicRoot + "/Account/ForgotPassword", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Startup_OutsideDevelopment_WithoutAPublicBaseUrl_Fails()
    {
        // What the host runs before it takes a request (checked without starting one: a host costs file watchers).
        var startup = Services("Production", "").GetRequiredService<IStartupValidator>();

        var error = Assert.Throws<OptionsValidationException>(startup.Validate);

        Assert.Contains("Portal:PublicBaseUrl", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production", "")]
    [InlineData("Production", "portal.example.test")]
    [InlineData("Production", "ftp://portal.example.test")]
    [InlineData("Production", "https://portal.example.test/?next=1")]
    [InlineData("Development", "/relative")]
    public void PublicBaseUrl_MissingOrNotASiteRoot_IsRefused(string environment, string value) =>
        Assert.Throws<OptionsValidationException>(() => Options(environment, value).Value);

    [Theory]
    [InlineData("Production", "https://portal.example.test")]
    [InlineData("Development", "")]
    public void PublicBaseUrl_ASiteRoot_OrNoneInDevelopment_IsAccepted(string environment, string value) =>
        Assert.Equal(value, Options(environment, value).Value.PublicBaseUrl ?? "");

    private static IOptions<PortalOptions> Options(string environment, string value) =>
        Services(environment, value).GetRequiredService<IOptions<PortalOptions>>();

    private static ServiceProvider Services(string environment, string value)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment });
        services.AddPortfolioLinks(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Portal:PublicBaseUrl"] = value }).Build());
        return services.BuildServiceProvider();
    }
}
