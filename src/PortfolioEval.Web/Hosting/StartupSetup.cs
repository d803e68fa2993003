using Microsoft.Extensions.Options;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Demo;
using PortfolioEval.Web.Startup;

namespace PortfolioEval.Web.Hosting;

public static class StartupSetup
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

    /// <summary>The key ring, the schema, roles, the configured first admin and, with <c>--demo</c>, the demo data.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        // A wrong master key must stop the portal here, not fail every request one by one later.
        Privacy.MasterKeyCheck.EnsureKeyRingReadable(app.Services);
        await app.MigrateDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var console = services.GetRequiredService<StartupConsole>().Writer;
        var accounts = services.GetRequiredService<AccountBootstrap>();
        await accounts.EnsureRolesAsync();
        await accounts.EnsureAdminAsync(services.GetRequiredService<IOptions<AdminOptions>>().Value, console);
        if (app.Configuration.GetValue<bool>("Demo:Enabled"))
            await services.GetRequiredService<DemoSeeder>().SeedAsync(console);
    }
}
