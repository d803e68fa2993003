using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Testing;

namespace PortfolioEval.Tests.Security;

/// <summary>
/// The portal as a TLS proxy on another address would reach it: the in-memory server has no peer address, so each
/// request gets the one its <c>X-Test-Peer</c> header names (127.0.0.1 without it) before the portal sees it.
/// </summary>
public sealed class ProxiedPortal : PortfolioFactory
{
    public const string PeerHeader = "X-Test-Peer";

    public ProxiedPortal() : this(new Dictionary<string, string?>()) { }

    private ProxiedPortal(IDictionary<string, string?> settings) : base(settings) { }

    public static ProxiedPortal Trusting(string proxy) =>
        new(new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = proxy });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, PeerAddress>());
    }

    private sealed class PeerAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                var peer = context.Request.Headers[PeerHeader].ToString();
                context.Connection.RemoteIpAddress = IPAddress.Parse(peer.Length == 0 ? "127.0.0.1" : peer);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
