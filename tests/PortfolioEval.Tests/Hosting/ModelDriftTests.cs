using Microsoft.EntityFrameworkCore;
using PortfolioEval.Migrations;

namespace PortfolioEval.Tests.Hosting;

public class ModelDriftTests
{
    [Fact]
    public void Model_MatchesTheMigrations()
    {
        using var db = new DesignTimeDbContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed without a migration: run the README's 'migrations add' steps.");
    }
}
