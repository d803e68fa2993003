using Microsoft.EntityFrameworkCore;

namespace PortfolioEval.Tests.Hosting;

public class ModelDriftTests
{
    [Fact]
    public void Model_MatchesTheSqliteMigrations()
    {
        using var db = new PortfolioEval.Migrations.DesignTimeDbContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed without a migration: run the README's 'migrations add' steps.");
    }

    [Fact]
    public void Model_MatchesThePostgresMigration()
    {
        using var db = new PortfolioEval.Migrations.Postgres.DesignTimeDbContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed since the PostgreSQL migration was made: run migrations-postgres/regenerate.sh.");
    }
}
