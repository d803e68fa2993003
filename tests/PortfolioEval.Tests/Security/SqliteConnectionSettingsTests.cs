using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Data;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Security;

/// <summary>
/// Every SQLite connection the portal uses overwrites deleted content (erasure) and waits inside SQLite for a write
/// lock another connection holds, also when the pool hands back a native connection that was set up before.
/// </summary>
[Collection(SharedPortal.Name)]
public class SqliteConnectionSettingsTests(PortfolioFactory app)
{
    [SqliteFact]
    public async Task Connection_TakenAgainFromThePool_StillErasesWithZerosAndWaitsForLocks()
    {
        var first = await PragmasAsync();
        var again = await PragmasAsync();

        Assert.Equal((1L, 30_000L), first);
        Assert.Equal((1L, 30_000L), again);
    }

    /// <summary>secure_delete and busy_timeout on a connection EF Core opened for a query of its own, in a request's scope.</summary>
    private async Task<(long SecureDelete, long BusyTimeout)> PragmasAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        await db.Users.AnyAsync();
        await db.Database.OpenConnectionAsync();
        try
        {
            return (await ScalarAsync(db, "PRAGMA secure_delete;"), await ScalarAsync(db, "PRAGMA busy_timeout;"));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<long> ScalarAsync(PortfolioDbContext db, string pragma)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = pragma;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
