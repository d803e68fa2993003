namespace PortfolioEval.E2ETests.Infrastructure;

/// <summary>A browser test that only means something against the two-node cluster; skipped against one portal.</summary>
public sealed class ClusterFactAttribute : FactAttribute
{
    public ClusterFactAttribute()
    {
        if (PortalCluster.FromEnvironment() is null)
            Skip = "Needs the two-node cluster behind nginx: ./test.sh runs the browser tests against it in its last pass.";
    }
}
