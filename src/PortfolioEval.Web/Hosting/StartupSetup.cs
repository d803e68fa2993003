using Microsoft.Extensions.Options;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Demo;
using PortfolioEval.Web.Startup;

namespace PortfolioEval.Web.Hosting;

public static partial class StartupSetup
{
    public static IServiceCollection AddPortfolioStartupTasks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.Section));
        services.AddScoped<AccountBootstrap>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoBooks>();
        services.AddSingleton(new StartupConsole(Console.Out));
        return services;
    }

    /// <summary>
    /// The schema, the key ring, roles, the configured first admin and, with <c>--demo</c>, the demo data: once per
    /// database, one node at a time (<see cref="StartupLock"/>).
    /// </summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<Data.PortfolioDbContext>();
        await using (await StartupLock.AcquireAsync(db, CancellationToken.None))
        {
            // The schema first: on PostgreSQL the key ring is a table of it.
            await db.MigrateAsync();
            // A wrong master key must stop the portal here, not fail every request one by one later.
            Privacy.MasterKeyCheck.EnsureKeyRingReadable(app.Services);
            // The first key is made under the lock, so a node starting beside this one uses it rather than its own.
            Privacy.MasterKeyCheck.EnsureKeyRingHasAKey(app.Services);
            var console = services.GetRequiredService<StartupConsole>().Writer;
            var accounts = services.GetRequiredService<AccountBootstrap>();
            await accounts.EnsureRolesAsync();
            await accounts.EnsureAdminAsync(services.GetRequiredService<IOptions<AdminOptions>>().Value, console);
            if (app.Configuration.GetValue<bool>("Demo:Enabled"))
                await services.GetRequiredService<DemoSeeder>().SeedAsync(console);
        }

        // A young generation sized from a virtual machine's large cache makes each collection pause requests longer.
        if (YoungGeneration.Advice(YoungGeneration.Budget()) is { } advice)
            LogCollectorAdvice(app.Logger, advice);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Advice}")]
    private static partial void LogCollectorAdvice(ILogger logger, string advice);
}
