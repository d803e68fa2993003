using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PortfolioEval.Data;

namespace PortfolioEval.Migrations.Postgres;

/// <summary>
/// Lets `dotnet ef` build the PostgreSQL model without starting the web host. Adding a migration never connects,
/// so the connection string names no real server.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PortfolioDbContext>
{
    public PortfolioDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PortfolioDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=design-time", npgsql => npgsql.MigrationsAssembly(typeof(DesignTimeDbContextFactory).Assembly.GetName().Name))
            .Options);
}
