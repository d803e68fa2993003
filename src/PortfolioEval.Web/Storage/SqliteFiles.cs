using Microsoft.Data.Sqlite;

namespace PortfolioEval.Web.Storage;

/// <summary>
/// The SQLite database file made the owner's alone once the schema is in place (not before: an existing file would
/// make EF Core skip creating the database in WAL mode). SQLite gives the write-ahead log and the shared-memory file
/// it creates later the database file's own mode; the ones already there are narrowed here. The data folder is
/// private from the start, so the moment between is not exposed.
/// </summary>
public static class SqliteFiles
{
    public static void MakePrivate(string? connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrWhiteSpace(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            return;
        var database = Path.GetFullPath(source);
        foreach (var file in new[] { database, database + "-wal", database + "-shm", database + "-journal" })
            PrivateFiles.Restrict(file);
    }
}
