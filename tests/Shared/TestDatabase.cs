using Npgsql;

namespace PortfolioEval.Testing;

/// <summary>
/// Which database the test portals run on. Without <c>PORTFOLIO_TEST_POSTGRES</c> each portal has a SQLite file in
/// its data folder; with it (a connection string naming a PostgreSQL server and a user allowed to create databases,
/// as <c>./test.sh</c> sets for its second run), each portal gets a database of its own, named after its data folder
/// so a reopened portal finds it again, and dropped with the folder.
/// </summary>
public static class TestDatabase
{
    public const string Variable = "PORTFOLIO_TEST_POSTGRES";

    public static string? Server { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : null;

    public static bool IsPostgres => Server is not null;

    /// <summary>The settings that point a portal with this data folder at its own database; none for SQLite.</summary>
    public static IReadOnlyDictionary<string, string?> SettingsFor(string dataPath)
    {
        if (Server is null)
            return new Dictionary<string, string?>();
        var name = NameFor(dataPath);
        using (var connection = new NpgsqlConnection(Server))
        {
            connection.Open();
            using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", name);
            if (exists.ExecuteScalar() is null)
            {
                using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                create.ExecuteNonQuery();
            }
        }
        return new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Portfolio"] = ConnectionString(name),
        };
    }

    /// <summary>The connection string of the database of the portal with this data folder.</summary>
    public static string ConnectionString(string databaseName) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = databaseName }.ConnectionString;

    /// <summary>Drops the database of the portal with this data folder, closing whatever still uses it.</summary>
    public static void Drop(string dataPath)
    {
        if (Server is null)
            return;
        var name = NameFor(dataPath);
        using (var pooled = new NpgsqlConnection(ConnectionString(name)))
            NpgsqlConnection.ClearPool(pooled);
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }

    /// <summary>
    /// On PostgreSQL, writes the portal's whole database as text (pg_dump, bytea as escaped text so readable bytes
    /// stay readable) to <c>database-dump.sql</c> in its data folder, so a search of the data folder searches the
    /// database too, as it does the SQLite file. Nothing on SQLite.
    /// </summary>
    public static void DumpInto(string dataPath)
    {
        if (Server is null)
            return;
        var server = new NpgsqlConnectionStringBuilder(Server);
        var pgDump = Path.Combine(Environment.GetEnvironmentVariable("PG_BIN") ?? "/usr/lib/postgresql/15/bin", "pg_dump");
        var start = new System.Diagnostics.ProcessStartInfo(pgDump)
        {
            ArgumentList = { "-h", server.Host!, "-p", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", server.Username!,
                "-f", Path.Combine(dataPath, "database-dump.sql"), NameFor(dataPath) },
            Environment = { ["PGOPTIONS"] = "-c bytea_output=escape" },
            RedirectStandardError = true,
        };
        using var dump = System.Diagnostics.Process.Start(start)!;
        var errors = dump.StandardError.ReadToEnd();
        dump.WaitForExit();
        if (dump.ExitCode != 0)
            throw new InvalidOperationException("pg_dump failed: " + errors);
        // A copy of the database in the data folder is the owner's alone, like everything else there.
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(Path.Combine(dataPath, "database-dump.sql"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    /// <summary>"portfolioeval-test-AbC123" becomes "pe_portfolioeval_test_abc123": a name PostgreSQL takes as it is.</summary>
    public static string NameFor(string dataPath)
    {
        var folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(dataPath));
        var letters = folder.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_');
        var name = "pe_" + new string([.. letters]);
        // Two folders differing only in case would share a name: a digest of the exact path keeps them apart.
        var digest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(dataPath)))[..8];
        return (name.Length > 50 ? name[..50] : name) + "_" + digest;
    }
}
