using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Testing;

namespace PortfolioEval.E2ETests.Infrastructure;

/// <summary>
/// The portal the browser reaches. By default, the portal on a real Kestrel server, on a free port of 127.0.0.1, over
/// SQLite; the port is chosen before the portal starts, so that its public base URL (which the links it shows start
/// with) is its real address. When the run is given a <see cref="PortalCluster"/>, the browser goes to the cluster's
/// nginx instead, and this host serves no browser: it is one more node on the cluster's database, with no import
/// worker and no webhook sender, whose services the tests use to prepare what a journey needs (as they do on
/// SQLite), and whose data folder is the one the cluster's nodes write their email to.
/// </summary>
public sealed class KestrelPortal : PortfolioFactory
{
    public KestrelPortal() : this(PortalCluster.FromEnvironment()) { }

    private KestrelPortal(PortalCluster? cluster) : this(cluster, cluster is null ? FreePort() : 0) { }

    private KestrelPortal(PortalCluster? cluster, int port)
        : base(cluster is null ? OnePortal(port) : NodeOf(cluster), cluster?.DataFolder)
    {
        Cluster = cluster;
        // The cluster's nodes hash as production does; accounts this node makes for them are hashed alike.
        ProductionPasswordHashing = cluster is not null;
        if (cluster is not null)
        {
            DeleteDataOnDispose = false;
            BaseAddress = cluster.Address;
            return;
        }
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
                        ?? throw new InvalidOperationException("Kestrel reports no address.");
        BaseAddress = new Uri(addresses.Addresses.Single());
    }

    public Uri BaseAddress { get; }

    /// <summary>The cluster the browser tests run against; null for one in-process portal.</summary>
    public PortalCluster? Cluster { get; }

    private static Dictionary<string, string?> OnePortal(int port) =>
        new() { ["Portal:PublicBaseUrl"] = $"http://127.0.0.1:{port}" };

    private static Dictionary<string, string?> NodeOf(PortalCluster cluster) => new()
    {
        ["Portal:PublicBaseUrl"] = cluster.Address.ToString().TrimEnd('/'),
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Portfolio"] = cluster.Database,
        ["DataProtection:MasterKey"] = cluster.MasterKey,
        ["Import:Workers"] = "0",
        ["Webhooks:Send"] = "false",
    };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
