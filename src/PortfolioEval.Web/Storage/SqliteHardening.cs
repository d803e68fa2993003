using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PortfolioEval.Web.Storage;

/// <summary>
/// SQLite's side of erasure: every connection overwrites deleted content with zeros (<c>secure_delete</c>), and after
/// an erasure the write-ahead log is folded back and truncated, so deleted bytes do not linger in either file.
/// </summary>
internal sealed class SqliteSecureDelete : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Enable(connection);

    // Microsoft.Data.Sqlite runs every command synchronously anyway; a pragma is instant.
    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Enable(connection);
        return Task.CompletedTask;
    }

    private static void Enable(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete = ON;";
        command.ExecuteNonQuery();
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
