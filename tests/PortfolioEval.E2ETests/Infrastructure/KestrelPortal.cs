using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Testing;

namespace PortfolioEval.E2ETests.Infrastructure;

/// <summary>
/// The portal on a real Kestrel server, on a free port of 127.0.0.1, so a real browser can reach it. The port is chosen
/// before the portal starts, so that its public base URL (which the links it shows start with) is its real address.
/// </summary>
public sealed class KestrelPortal : PortfolioFactory
{
    public KestrelPortal() : this(FreePort()) { }

    private KestrelPortal(int port)
        : base(new Dictionary<string, string?> { ["Portal:PublicBaseUrl"] = $"http://127.0.0.1:{port}" })
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
                        ?? throw new InvalidOperationException("Kestrel reports no address.");
        BaseAddress = new Uri(addresses.Addresses.Single());
    }

    public Uri BaseAddress { get; }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
