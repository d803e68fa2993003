using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Security;

/// <summary>
/// Behind the TLS proxy the README recommends, the portal knows the request came over HTTPS (from a proxy it trusts
/// only), so its cookies are <c>Secure</c> and HSTS is sent; over direct HTTPS every cookie is <c>Secure</c> too.
/// </summary>
public sealed class ForwardedHeadersTests(ProxiedPortal app) : IClassFixture<ProxiedPortal>
{
    [Fact]
    public async Task BehindALoopbackProxy_ForwardedHttps_MakesTheAuthCookieSecure_AndSendsHsts()
    {
        var client = Through(app, peer: null, forwardedProto: "https");

        using var login = await client.RegisterConfirmAndLoginAsync(app, AccountSteps.NewEmail("proxied"));
        using var home = await client.GetAsync("/Privacy");

        Assert.All(SessionCookies.SetCookies(login, SessionCookies.AuthCookie), c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.True(home.Headers.Contains("Strict-Transport-Security"), "No HSTS behind the proxy.");
    }

    [Fact]
    public async Task ForwardedHttps_FromAnAddressThatIsNoKnownProxy_IsIgnored()
    {
        var client = Through(app, peer: "203.0.113.7", forwardedProto: "https");

        using var page = await client.GetAsync("/Account/Login");

        Assert.False(page.Headers.Contains("Strict-Transport-Security"), "HSTS on a plain-HTTP request from an unknown peer.");
        Assert.All(SessionCookies.SetCookies(page, ".AspNetCore.Antiforgery"), c => Assert.DoesNotContain("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task KnownProxies_AreConfigurable()
    {
        using var trusting = ProxiedPortal.Trusting("203.0.113.7");
        var client = Through(trusting, peer: "203.0.113.7", forwardedProto: "https");

        using var page = await client.GetAsync("/Account/Login");

        Assert.True(page.Headers.Contains("Strict-Transport-Security"), "The configured proxy was not trusted.");
    }

    [Fact]
    public async Task DirectHttps_EveryCookieIsSecure()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://portal.example.test"), AllowAutoRedirect = false, HandleCookies = true,
        });

        using var form = await client.GetAsync("/Account/Login");
        using var culture = await client.SubmitAsync("/Privacy", new Dictionary<string, string> { ["culture"] = "en" }, "[data-testid=culture-switcher]");
        using var login = await client.RegisterConfirmAndLoginAsync(app, AccountSteps.NewEmail("direct"));

        var cookies = SessionCookies.SetCookies(form, ".AspNetCore.Antiforgery")
            .Concat(SessionCookies.SetCookies(culture, ".AspNetCore.Culture"))
            .Concat(SessionCookies.SetCookies(login, SessionCookies.AuthCookie)).ToList();
        Assert.Equal(3, cookies.Select(c => c.Split('=')[0]).Distinct().Count());
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A browser on <c>https://portal.example.test</c> (so it keeps and sends <c>Secure</c> cookies) whose requests
    /// reach the portal as plain HTTP from a proxy at <paramref name="peer"/> (loopback when null) that says the
    /// scheme was <paramref name="forwardedProto"/>.
    /// </summary>
    private static HttpClient Through(ProxiedPortal app, string? peer, string forwardedProto) =>
        app.CreateDefaultClient(new Uri("https://portal.example.test"), new CookieContainerHandler(), new TlsProxy(peer, forwardedProto));

    private sealed class TlsProxy(string? peer, string forwardedProto) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = Uri.UriSchemeHttp, Port = 80 }.Uri;
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
            request.Headers.Add("X-Forwarded-For", "198.51.100.20");
            if (peer is not null)
                request.Headers.Add(ProxiedPortal.PeerHeader, peer);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
