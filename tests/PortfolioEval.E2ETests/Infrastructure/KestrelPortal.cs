using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Testing;

namespace PortfolioEval.E2ETests.Infrastructure;

/// <summary>The portal on a real Kestrel server, on a free port of 127.0.0.1, so a real browser can reach it.</summary>
public sealed class KestrelPortal : PortfolioFactory
{
    public KestrelPortal()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
                        ?? throw new InvalidOperationException("Kestrel reports no address.");
        BaseAddress = new Uri(addresses.Addresses.Single());
    }

    public Uri BaseAddress { get; }
}
