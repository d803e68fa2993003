using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using PortfolioEval.Data;
using PortfolioEval.Privacy;

namespace PortfolioEval.Web.Storage;

/// <summary>
/// Inserts a candidate's new client labels <see cref="RowsPerStatement"/> to a statement, inside the caller's
/// transaction, with prepared statements reused: on PostgreSQL one round trip for hundreds of labels instead of one a
/// label. Written for SQLite and PostgreSQL alike (<c>ON CONFLICT DO NOTHING</c>, values bound as EF binds them).
/// </summary>
internal sealed class LabelInsert : IAsyncDisposable
{
    // On PostgreSQL, 200 labels a statement (801 parameters, far under its 65,535): 50,000 labels took 3.5-3.8 s
    // against 10-20 s one a statement (bench/README.md). SQLite runs in the process, so a statement costs no round
    // trip, and one with many rows measured slower than a prepared one-row statement (it binds parameters by name):
    // one a statement there.
    private const int RowsOnPostgres = 200;

    private readonly PortfolioDbContext db;
    private readonly DbTransaction transaction;
    private readonly string candidateId;
    private readonly string table;
    private readonly string columns;
    private readonly IRelationalTypeMappingSource types;
    private DbCommand? full;

    /// <summary>The most labels <see cref="InsertAsync"/> takes at once.</summary>
    public int RowsPerStatement { get; }

    public LabelInsert(PortfolioDbContext db, IDbContextTransaction transaction, string candidateId)
    {
        this.db = db;
        this.transaction = transaction.GetDbTransaction();
        this.candidateId = candidateId;
        var entity = db.Model.FindEntityType(typeof(ClientLabel))!;
        string Column(string property) => $"\"{entity.FindProperty(property)!.GetColumnName()}\"";
        table = $"\"{entity.GetTableName()}\"";
        columns = string.Join(", ", Column(nameof(ClientLabel.Id)), Column(nameof(ClientLabel.CandidateId)),
            Column(nameof(ClientLabel.ClientPseudonym)), Column(nameof(ClientLabel.Number)), Column(nameof(ClientLabel.EncryptedName)));
        types = db.GetService<IRelationalTypeMappingSource>();
        RowsPerStatement = db.Database.IsSqlite() ? 1 : RowsOnPostgres;
    }

    /// <summary>
    /// Inserts the labels (at most <see cref="RowsPerStatement"/>) in one statement; how many went in. A pseudonym or
    /// number taken meanwhile (by another import of the same candidate) is skipped, not an error: the count says so.
    /// </summary>
    public async Task<int> InsertAsync(IReadOnlyList<NewLabel> labels, CancellationToken cancellation)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(labels.Count, RowsPerStatement);
        if (labels.Count == 0)
            return 0;
        // Full statements are prepared once and reused; the book's last, shorter one is made for itself.
        var command = labels.Count == RowsPerStatement ? full ??= await CommandAsync(RowsPerStatement, cancellation) : await CommandAsync(labels.Count, cancellation);
        try
        {
            for (var i = 0; i < labels.Count; i++)
            {
                var (pseudonym, number, sealedName) = labels[i];
                command.Parameters[1 + (4 * i)].Value = Guid.NewGuid();
                command.Parameters[2 + (4 * i)].Value = pseudonym;
                command.Parameters[3 + (4 * i)].Value = number;
                command.Parameters[4 + (4 * i)].Value = sealedName;
            }

            return await command.ExecuteNonQueryAsync(cancellation);
        }
        finally
        {
            if (command != full)
                await command.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (full is not null)
            await full.DisposeAsync();
    }

    private async Task<DbCommand> CommandAsync(int rows, CancellationToken cancellation)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        Parameter(command, "@candidate", candidateId);
        var values = new string[rows];
        for (var i = 0; i < rows; i++)
        {
            Parameter(command, $"@id{i}", Guid.Empty);
            Parameter(command, $"@pseudonym{i}", "");
            Parameter(command, $"@number{i}", 0);
            Parameter(command, $"@name{i}", Array.Empty<byte>());
            values[i] = $"(@id{i}, @candidate, @pseudonym{i}, @number{i}, @name{i})";
        }

        // A pseudonym labelled before (or a number taken) conflicts with a unique index and is skipped.
        command.CommandText = $"INSERT INTO {table} ({columns}) VALUES {string.Join(", ", values)} ON CONFLICT DO NOTHING";
        await command.PrepareAsync(cancellation);
        return command;
    }

    // Each value bound as EF binds it (a Guid is text in SQLite, uuid in PostgreSQL).
    private void Parameter(DbCommand command, string name, object value) =>
        command.Parameters.Add(types.FindMapping(value.GetType())!.CreateParameter(command, name, value));
}

/// <summary>A label to insert: the client's pseudonym, its number and its names sealed under the candidate's key.</summary>
internal readonly record struct NewLabel(string ClientPseudonym, int Number, byte[] SealedName);
