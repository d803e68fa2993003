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
