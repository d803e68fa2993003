using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using PortfolioEval.Data;
using PortfolioEval.Privacy;

namespace PortfolioEval.Web.Storage;

/// <summary>Gives each new client of a candidate the next number; a client seen before keeps its number.</summary>
public sealed class ClientLabels(PortfolioDbContext db)
{
    /// <summary>
    /// Numbers the pseudonyms not labelled yet on from the candidate's last number, and inserts them with one prepared
    /// statement, not as tracked entities: a million-client book would otherwise be a million entities in memory and
    /// a minute of saving. Must run inside the transaction that saves their book (it opens none of its own).
    /// </summary>
    /// <returns>How many labels were added.</returns>
    public async Task<int> InsertNewAsync(string candidateId, IEnumerable<string> clientPseudonyms, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(clientPseudonyms);
        var transaction = db.Database.CurrentTransaction
                          ?? throw new InvalidOperationException("Labels are inserted in the transaction that saves their book.");
        var next = (await db.ClientLabels.Where(l => l.CandidateId == candidateId).MaxAsync(l => (int?)l.Number, cancellation) ?? 0) + 1;
        var table = db.Model.FindEntityType(typeof(ClientLabel))!;
        string Column(string property) => table.FindProperty(property)!.GetColumnName();

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        // A pseudonym labelled before (or twice in the book) conflicts with the unique index and is skipped.
        command.CommandText = $"INSERT INTO \"{table.GetTableName()}\" (\"{Column(nameof(ClientLabel.Id))}\", \"{Column(nameof(ClientLabel.CandidateId))}\", " +
                              $"\"{Column(nameof(ClientLabel.ClientPseudonym))}\", \"{Column(nameof(ClientLabel.Number))}\") " +
                              "VALUES (@id, @candidate, @pseudonym, @number) ON CONFLICT DO NOTHING";
        // Each value bound as EF binds it (a Guid is text in SQLite, uuid in PostgreSQL).
        var types = db.GetService<IRelationalTypeMappingSource>();
        DbParameter Parameter(string name, object value)
        {
            var parameter = types.FindMapping(value.GetType())!.CreateParameter(command, name, value);
            command.Parameters.Add(parameter);
            return parameter;
        }

        var id = Parameter("@id", Guid.NewGuid());
        Parameter("@candidate", candidateId);
        var pseudonym = Parameter("@pseudonym", "");
        var number = Parameter("@number", next);
        await command.PrepareAsync(cancellation);
        var added = 0;
        foreach (var clientPseudonym in clientPseudonyms)
        {
            (id.Value, pseudonym.Value, number.Value) = (Guid.NewGuid(), clientPseudonym, next);
            if (await command.ExecuteNonQueryAsync(cancellation) == 1)
                (next, added) = (next + 1, added + 1);
        }

        return added;
    }

    /// <summary>"Cliente 017 · Minería · Lima": the number, then only what scoring keeps anyway.</summary>
    public static string Format(string clientWord, int number, string? sector, string? city) =>
        string.Join(" · ", new[] { $"{clientWord} {number.ToString("000", System.Globalization.CultureInfo.InvariantCulture)}", sector, city }
            .Where(part => !string.IsNullOrWhiteSpace(part)));

    public async Task<IReadOnlyDictionary<string, int>> NumbersAsync(string candidateId, CancellationToken cancellation) =>
        await db.ClientLabels.Where(l => l.CandidateId == candidateId).ToDictionaryAsync(l => l.ClientPseudonym, l => l.Number, StringComparer.Ordinal, cancellation);
}
