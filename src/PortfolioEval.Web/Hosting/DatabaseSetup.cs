using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PortfolioEval.Data;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Hosting;

public static class DatabaseSetup
{
    /// <summary>
    /// SQLite in the data folder unless <c>ConnectionStrings:Portfolio</c> says otherwise. The schema comes from the
    /// migrations assembly; nothing outside it knows which provider runs.
    /// </summary>
    public static IServiceCollection AddPortfolioDatabase(this IServiceCollection services, IConfiguration configuration, string dataPath)
    {
        var connectionString = configuration.GetConnectionString("Portfolio");
        if (string.IsNullOrWhiteSpace(connectionString))
            connectionString = $"Data Source={Path.Combine(dataPath, "portfolioeval.db")}";

        services.AddDbContext<PortfolioDbContext>(options => options
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly("PortfolioEval.Migrations"))
            .AddInterceptors(new SqliteSecureDelete())
            // A failed save is the caller's to judge: a lost race on a unique index is handled and logged by it as
            // information; anything else reaches the request's or the worker's error log. EF's own report of
            // it (an error with a stack trace, even when the race was handled) stays a developer's diagnostic.
            .ConfigureWarnings(w => w.Log((CoreEventId.SaveChangesFailed, LogLevel.Debug), (RelationalEventId.CommandError, LogLevel.Debug))));
        services.AddScoped<IStorageScrubber, SqliteScrubber>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        await db.Database.MigrateAsync();
        Storage.SqliteFiles.MakePrivate(db.Database.GetConnectionString());
    }
}

internal sealed class DatabaseHealthCheck(PortfolioDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // A real query, not only a connection: a missing schema is unhealthy too.
            await db.Users.AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.");
        }
    }
}
