using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PortfolioEval.Web.Storage;

/// <summary>
/// SQLite's side of erasure: every connection overwrites deleted content with zeros (<c>secure_delete</c>), and after
/// an erasure the write-ahead log is folded back and truncated, so deleted bytes do not linger in either file.
/// Every connection also waits inside SQLite for a write lock another connection holds (<c>busy_timeout</c>): SQLite
/// then retries after 1, 2, 5, 10... ms, where Microsoft.Data.Sqlite, told "busy", puts the thread to sleep for 150 ms
/// before trying again, which under many requests at once was most of the comparison page's tail (bench/README.md).
/// </summary>
internal sealed class SqliteSecureDelete : DbConnectionInterceptor
{
    /// <summary>The wait for a lock as long as Microsoft.Data.Sqlite's own default command timeout (30 s), after which it gives up too.</summary>
    private const string Pragmas = "PRAGMA secure_delete = ON; PRAGMA busy_timeout = 30000;";

    /// <summary>
    /// The pooled native connections already set: a pragma holds for the native connection's life, and EF Core opens
    /// the pooled connection again for every query, so setting it once saves a statement a query.
    /// </summary>
    private static readonly ConditionalWeakTable<object, object> Set = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Enable(connection);

    // Microsoft.Data.Sqlite runs every command synchronously anyway; a pragma is instant.
    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Enable(connection);
        return Task.CompletedTask;
    }

    private static void Enable(DbConnection connection)
    {
        var native = (connection as SqliteConnection)?.Handle;
        if (native is not null && Set.TryGetValue(native, out _))
            return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        if (native is not null)
            Set.AddOrUpdate(native, native);
    }
}

/// <summary>What the storage must do after data is erased so that its bytes are gone from disk.</summary>
public interface IStorageScrubber
{
    Task ScrubAsync(CancellationToken cancellation);
}

internal sealed class SqliteScrubber(Data.PortfolioDbContext db) : IStorageScrubber
{
    // Deleted pages were zeroed by secure_delete; the WAL still holds the old page images until checkpointed.
    public Task ScrubAsync(CancellationToken cancellation) =>
        db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellation);
}
