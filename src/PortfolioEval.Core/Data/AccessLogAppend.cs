using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using PortfolioEval.Consent;

namespace PortfolioEval.Data;

/// <summary>
/// Writes access-log entries as one <c>INSERT</c> of many rows, for a page that logs several views at once (a
/// comparison of six, a ranking): SQLite runs each row <see cref="DbContext.SaveChanges()"/> adds as a statement of its
/// own, in a transaction of its own. The columns, their names and how each value is stored (the UTC ticks, the action by
/// name) come from the model, so the rows are the ones a save would write.
/// </summary>
public static class AccessLogAppend
{
    /// <summary>Rows a statement: nine parameters each stays far below SQLite's and PostgreSQL's limits.</summary>
    private const int RowsAStatement = 500;

    /// <summary>
    /// SQLite writes one connection at a time: the log's writes of this process take turns here, waiting without
    /// holding a thread, instead of finding the database locked by each other. Every comparison and ranking writes the
    /// log, so under many requests at once they collided, and the loser's thread slept (bench/README.md, "the
    /// comparison's tail"). Not taken inside a transaction, which may already hold the write lock.
    /// </summary>
    private static readonly SemaphoreSlim SqliteWrites = new(1, 1);

    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>
    /// Appends <paramref name="entries"/> to the log now, in the current transaction if there is one, outside the change
    /// tracker. One statement is atomic: the views are either all logged or none is.
    /// </summary>
    public static async Task AppendToAccessLogAsync(this PortfolioDbContext db, IReadOnlyList<AccessLogEntry> entries, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entries);
        var entity = db.Model.FindEntityType(typeof(AccessLogEntry))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        // Only makes the parameters, each typed and converted as the provider stores its column.
        await using var maker = db.Database.GetDbConnection().CreateCommand();

        foreach (var chunk in entries.Chunk(RowsAStatement))
        {
            var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
                .AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!))).Append(") VALUES ");
            var parameters = new List<DbParameter>(chunk.Length * columns.Count);
            for (var row = 0; row < chunk.Length; row++)
            {
                text.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < columns.Count; column++)
                {
                    var property = columns[column];
                    var name = sql.GenerateParameterName("p" + parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    text.Append(column == 0 ? "" : ", ").Append(name);
                    parameters.Add(property.GetRelationalTypeMapping()
                        .CreateParameter(maker, name, property.GetGetter().GetClrValue(chunk[row]), property.IsNullable));
                }
                text.Append(')');
            }
            var turn = db.Database.CurrentTransaction is null && db.Database.ProviderName == SqliteProvider ? SqliteWrites : null;
            if (turn is not null)
                await turn.WaitAsync(cancellation);
            try
            {
                await db.Database.ExecuteSqlRawAsync(text.ToString(), parameters, cancellation);
            }
            finally
            {
                turn?.Release();
            }
        }
    }
}
