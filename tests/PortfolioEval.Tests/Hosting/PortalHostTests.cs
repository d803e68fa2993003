using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Data;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Testing;

namespace PortfolioEval.Tests.Hosting;

[Collection(SharedPortal.Name)]
public class PortalHostTests(PortfolioFactory app)
{
    [Fact]
    public async Task Health_WithMigratedDatabase_IsHealthy()
    {
        using var response = await app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Database_IsTheConfiguredProviderWithEveryMigrationApplied()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();

        // SQLite: a file in the data folder; PostgreSQL (the second test run): its own database, and no file.
        Assert.Equal(TestDatabase.IsPostgres, db.Database.IsNpgsql());
        Assert.Equal(!TestDatabase.IsPostgres, File.Exists(Path.Combine(app.DataPath, "portfolioeval.db")));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Readiness_AsksTheDatabase_AndLivenessDoesNot()
    {
        using var ready = await app.CreateClient().GetAsync("/health/ready");
        using var live = await app.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        var checks = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckServiceOptions>>().Value.Registrations;
        Assert.Contains(checks, c => c.Name == "database" && c.Tags.Contains("ready"));
    }

    [Fact]
    public async Task EveryResponse_CarriesTheSecurityHeaders()
    {
        using var response = await app.CreateClient().GetAsync("/");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaticFiles_AreServedFromTheTopLevelWebRoot()
    {
        using var response = await app.CreateClient().GetAsync("/css/site.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("--brand", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_IsA404WithAFriendlyPage()
    {
        using var response = await app.CreateClient().GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Página no encontrada", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_AreKeptInTheDataFolderOutsideTheWebRoot_OrInTheSharedDatabase()
    {
        // Issuing an antiforgery token makes DataProtection create its first key.
        (await app.CreateClient().GetAsync("/Account/Login")).Dispose();

        if (TestDatabase.IsPostgres)
        {
            Assert.NotEqual(0, await app.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
            Assert.False(Directory.Exists(Path.Combine(app.DataPath, "keys")));
        }
        else
        {
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(app.DataPath, "keys"), "key-*.xml"));
        }
    }
}
