using PortfolioEval.Testing;

namespace PortfolioEval.Tests.Infrastructure;

/// <summary>A test that only means something on PostgreSQL (several nodes on one database); skipped on SQLite.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabase.IsPostgres)
            Skip = $"Needs PostgreSQL: ./test.sh runs it with {TestDatabase.Variable} set.";
    }
}

/// <summary>A test of SQLite's own files, pragmas or locking; skipped when the run is on PostgreSQL.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestDatabase.IsPostgres)
            Skip = "Tests SQLite itself (its files, pragmas or single writer); the SQLite run covers it.";
    }
}

/// <summary>
/// The trait of a slow test class that starts no portal and opens no database, so that the database a run is given
/// changes nothing it does: <c>./test.sh</c> runs it in the SQLite run and leaves it out of the PostgreSQL one
/// (<c>--filter Database!=None</c>), which would repeat exactly the same work. Mark only classes that never touch
/// <see cref="PortfolioEval.Testing.PortfolioFactory"/> or a DbContext.
/// </summary>
public static class NoDatabase
{
    public const string Trait = "Database";
    public const string None = "None";
}
