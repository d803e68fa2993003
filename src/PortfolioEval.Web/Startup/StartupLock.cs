using Microsoft.EntityFrameworkCore;
using PortfolioEval.Data;

namespace PortfolioEval.Web.Startup;

/// <summary>
/// Start-up work done once per database, however many nodes start at once: on PostgreSQL the nodes take turns under
/// a session advisory lock, so the second finds the schema, the first key of the key ring, the roles, the first admin
/// and the demo data in place instead of racing to create them. SQLite is one node's file and needs no lock.
/// </summary>
public static class StartupLock
{
    // Any number, the same on every node of one portal: "PortfoEv" in ASCII.
    private const long Key = 0x506F7274666F4576;

    /// <summary>Holds the lock on <paramref name="db"/>'s connection until disposed.</summary>
    public static async Task<IAsyncDisposable> AcquireAsync(PortfolioDbContext db, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsNpgsql())
            return NoLock.Instance;
        // The lock belongs to the session: the connection stays open, and every query of this context uses it.
        await db.Database.OpenConnectionAsync(cancellation);
        // Waiting is the point: another node may be migrating and seeding the demo for minutes. No command timeout.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(0);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({Key})", cancellation);
        db.Database.SetCommandTimeout(timeout);
        return new Held(db);
    }

    private sealed class Held(PortfolioDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({Key})");
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
