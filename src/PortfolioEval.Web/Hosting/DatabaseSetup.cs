using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PortfolioEval.Data;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Hosting;

/// <summary>Which database the portal runs on (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>A file in the data folder: one node, nothing to install. The default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server that several nodes share (ADR-002).</summary>
    Postgres,
}

public static class DatabaseSetup
{
    public const string ProviderKey = "Database:Provider";

    /// <summary>
    /// SQLite in the data folder unless <c>Database:Provider</c> says <c>Postgres</c>; <c>ConnectionStrings:Portfolio</c>
    /// replaces the SQLite file and is required for PostgreSQL. The schema comes from the provider's migrations assembly;
    /// nothing outside this file and the storage scrubbers knows which provider runs.
    /// </summary>
    public static IServiceCollection AddPortfolioDatabase(this IServiceCollection services, IConfiguration configuration, string dataPath)
    {
        var provider = ProviderOf(configuration);
        var connectionString = configuration.GetConnectionString("Portfolio");
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Portfolio is empty: name the PostgreSQL server.");
        if (string.IsNullOrWhiteSpace(connectionString))
            connectionString = $"Data Source={Path.Combine(dataPath, "portfolioeval.db")}";

        services.AddDbContext<PortfolioDbContext>(options =>
        {
            if (provider == DatabaseProvider.Postgres)
                options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly("PortfolioEval.Migrations.Postgres"));
            else
                options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly("PortfolioEval.Migrations"))
                    .AddInterceptors(new SqliteSecureDelete());
            // A failed save is the caller's to judge: a lost race on a unique index is handled and logged by it as
            // information; anything else reaches the request's or the worker's error log. EF's own report of
            // it (an error with a stack trace, even when the race was handled) stays a developer's diagnostic.
            options.ConfigureWarnings(w => w.Log((CoreEventId.SaveChangesFailed, LogLevel.Debug), (RelationalEventId.CommandError, LogLevel.Debug)));
        },
        // The options are built once, not for every request (1% of a comparison's CPU, bench/README.md, branch
        // `compare`): they depend on configuration only, and the interceptor keeps no state of a request's.
        optionsLifetime: ServiceLifetime.Singleton);
        if (provider == DatabaseProvider.Postgres)
            services.AddScoped<IStorageScrubber, PostgresScrubber>();
        else
            services.AddScoped<IStorageScrubber, SqliteScrubber>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadinessTag]);
        return services;
    }

    /// <summary>Health checks with this tag answer <c>/health/ready</c>: a balancer sends no request to a node failing them.</summary>
    public const string ReadinessTag = "ready";

    public static DatabaseProvider ProviderOf(IConfiguration configuration)
    {
        var value = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(value))
            return DatabaseProvider.Sqlite;
        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{value}'.");
    }

    /// <summary>Applies the provider's pending migrations; a new SQLite file is then made the owner's alone.</summary>
    public static async Task MigrateAsync(this PortfolioDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
            SqliteFiles.MakePrivate(db.Database.GetConnectionString());
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
