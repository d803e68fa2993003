using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace PortfolioEval.Web.Hosting;

/// <summary>Settings under <c>ForwardedHeaders</c>: which TLS-terminating proxies the portal believes.</summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>
    /// Addresses of the proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed (e.g.
    /// <c>10.0.0.5</c>). Empty, with <see cref="KnownNetworks"/> empty too: the loopback addresses, for a proxy on the
    /// same machine. Trusting an address anyone can send from lets them claim HTTPS or any client address.
    /// </summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks of such proxies in CIDR form (e.g. <c>10.0.0.0/24</c>).</summary>
    public IList<string> KnownNetworks { get; } = [];
}

public static class ProxySetup
{
    /// <summary>
    /// Behind the TLS proxy the README recommends, the request the portal sees is plain HTTP: the forwarded scheme,
    /// from a known proxy only, makes it HTTPS again, so cookies are <c>Secure</c> and HSTS is sent. Every cookie is
    /// <c>Secure</c> whenever the request is HTTPS, whoever appends it (antiforgery, culture, auth).
    /// </summary>
    public static IServiceCollection AddPortfolioProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = new ForwardedHeadersSettings();
        configuration.GetSection(ForwardedHeadersSettings.Section).Bind(settings);
        var proxies = settings.KnownProxies
            .Select(p => IPAddress.TryParse(p.Trim(), out var address) ? address : throw Invalid(nameof(settings.KnownProxies), p)).ToList();
        var networks = settings.KnownNetworks
            .Select(n => System.Net.IPNetwork.TryParse(n.Trim(), out var network) ? network : throw Invalid(nameof(settings.KnownNetworks), n)).ToList();

        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (proxies.Count + networks.Count == 0)
                return; // the framework's defaults: 127.0.0.0/8 and ::1
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
                o.KnownProxies.Add(proxy);
            foreach (var network in networks)
                o.KnownIPNetworks.Add(network);
        });
        services.Configure<CookiePolicyOptions>(o => o.Secure = CookieSecurePolicy.SameAsRequest);
        return services;
    }

    private static InvalidOperationException Invalid(string key, string text) =>
        new($"{ForwardedHeadersSettings.Section}:{key} has '{text}', which is not an address (or, for networks, an address/prefix).");
}
