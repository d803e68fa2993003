namespace PortfolioEval.E2ETests.Infrastructure;

/// <summary>
/// The two-node cluster behind nginx that <c>deploy/cluster.sh --for-tests</c> started (test.sh's last pass), as the
/// variables it wrote name it: nginx's address, the database and master key both nodes share, the data folder whose
/// outbox both write to, and the two nodes' addresses. Without them the browser tests run against one in-process
/// Kestrel portal over SQLite.
/// </summary>
public sealed record PortalCluster(Uri Address, string Database, string MasterKey, string DataFolder, IReadOnlyList<string> Nodes)
{
    /// <summary>
    /// The response header in which the cluster's nginx names the node (address and port) that answered; lower-case,
    /// as Playwright gives header names.
    /// </summary>
    public const string NodeHeader = "x-portal-node";

    private const string Prefix = "PORTFOLIO_E2E_CLUSTER_";

    /// <summary>The cluster the run was given, or null when it runs against one in-process portal.</summary>
    public static PortalCluster? FromEnvironment()
    {
        if (Read("URL") is not { } address)
            return null;
        return new PortalCluster(
            new Uri(address),
            Read("DATABASE") ?? throw Missing("DATABASE"),
            Read("MASTER_KEY") ?? throw Missing("MASTER_KEY"),
            Read("DATA") ?? throw Missing("DATA"),
            (Read("NODES") ?? throw Missing("NODES")).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string? Read(string name) =>
        Environment.GetEnvironmentVariable(Prefix + name) is { Length: > 0 } value ? value : null;

    private static InvalidOperationException Missing(string name) =>
        new($"{Prefix}URL is set but {Prefix}{name} is not: source the file deploy/cluster.sh --for-tests wrote.");
}
