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
    /// a minute of saving. Each new label carries its client's names (<paramref name="names"/>, in the order of
    /// <paramref name="clientPseudonyms"/>) encrypted under the candidate's key: sealed before the insert, since only
    /// the insert knows whether the label is new, which costs a microsecond a client and no round trip. Must run inside
    /// the transaction that saves their book (it opens none of its own).
    /// </summary>
    /// <returns>How many labels were added.</returns>
    public async Task<int> InsertNewAsync(string candidateId, IReadOnlyList<string> clientPseudonyms, ClientNames names, CandidateSecret secret, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(clientPseudonyms);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(secret);
        if (names.Count != clientPseudonyms.Count)
            throw new ArgumentException("Every client needs its names, in the order of the pseudonyms.", nameof(names));
        var transaction = db.Database.CurrentTransaction
                          ?? throw new InvalidOperationException("Labels are inserted in the transaction that saves their book.");
        var next = (await db.ClientLabels.Where(l => l.CandidateId == candidateId).MaxAsync(l => (int?)l.Number, cancellation) ?? 0) + 1;
        var table = db.Model.FindEntityType(typeof(ClientLabel))!;
        string Column(string property) => table.FindProperty(property)!.GetColumnName();

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        // A pseudonym labelled before (or twice in the book) conflicts with the unique index and is skipped.
        command.CommandText = $"INSERT INTO \"{table.GetTableName()}\" (\"{Column(nameof(ClientLabel.Id))}\", \"{Column(nameof(ClientLabel.CandidateId))}\", " +
                              $"\"{Column(nameof(ClientLabel.ClientPseudonym))}\", \"{Column(nameof(ClientLabel.Number))}\", \"{Column(nameof(ClientLabel.EncryptedName))}\") " +
                              "VALUES (@id, @candidate, @pseudonym, @number, @name) ON CONFLICT DO NOTHING";
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
        var name = Parameter("@name", Array.Empty<byte>());
        await command.PrepareAsync(cancellation);
        using var cipher = new ClientNameCipher(secret.DataKey);
        var added = 0;
        for (var i = 0; i < clientPseudonyms.Count; i++)
        {
            var clientPseudonym = clientPseudonyms[i];
            (id.Value, pseudonym.Value, number.Value, name.Value) = (Guid.NewGuid(), clientPseudonym, next, cipher.Seal(names.Payload(i), candidateId, clientPseudonym));
            if (await command.ExecuteNonQueryAsync(cancellation) == 1)
                (next, added) = (next + 1, added + 1);
        }

        await NameUnnamedAsync(candidateId, clientPseudonyms, names, cipher, cancellation);
        return added;
    }

    // Labels made before names were kept get them when a book names their client again. Once those are named this is
    // one query that finds nothing.
    private async Task NameUnnamedAsync(string candidateId, IReadOnlyList<string> clientPseudonyms, ClientNames names, ClientNameCipher cipher, CancellationToken cancellation)
    {
        var unnamed = await db.ClientLabels.Where(l => l.CandidateId == candidateId && l.EncryptedName == null).Select(l => l.ClientPseudonym).ToListAsync(cancellation);
        if (unnamed.Count == 0)
            return;
        var positions = new Dictionary<string, int>(clientPseudonyms.Count, StringComparer.Ordinal);
        for (var i = 0; i < clientPseudonyms.Count; i++)
            positions.TryAdd(clientPseudonyms[i], i);
        foreach (var clientPseudonym in unnamed)
        {
            if (!positions.TryGetValue(clientPseudonym, out var at))
                continue;
            var sealedName = cipher.Seal(names.Payload(at), candidateId, clientPseudonym);
            await db.ClientLabels.Where(l => l.CandidateId == candidateId && l.ClientPseudonym == clientPseudonym)
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.EncryptedName, sealedName), cancellation);
        }
    }

    /// <summary>"Cliente 017 · Minería · Lima": the number, then only what scoring keeps anyway.</summary>
    public static string Format(string clientWord, int number, string? sector, string? city) =>
        string.Join(" · ", new[] { $"{clientWord} {number.ToString("000", System.Globalization.CultureInfo.InvariantCulture)}", sector, city }
            .Where(part => !string.IsNullOrWhiteSpace(part)));

    /// <summary>
    /// Who the clients numbered <paramref name="numbers"/> are, decrypted for their candidate's own page: only the
    /// labels asked for are read and opened, never the whole book's. Labels without names are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, ClientIdentity>> IdentitiesAsync(string candidateId, IReadOnlyCollection<int> numbers, CandidateSecret secret, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (numbers.Count == 0)
            return new Dictionary<int, ClientIdentity>();
        var sealedNames = await db.ClientLabels.AsNoTracking()
            .Where(l => l.CandidateId == candidateId && numbers.Contains(l.Number) && l.EncryptedName != null)
            .Select(l => new { l.Number, l.ClientPseudonym, l.EncryptedName }).ToListAsync(cancellation);
        using var cipher = new ClientNameCipher(secret.DataKey);
        return sealedNames.ToDictionary(l => l.Number, l => cipher.Open(l.EncryptedName, candidateId, l.ClientPseudonym));
    }

    /// <summary>Every named client of the candidate by pseudonym, for their data export (it is their data).</summary>
    public async Task<IReadOnlyDictionary<string, ClientIdentity>> AllIdentitiesAsync(string candidateId, CandidateSecret secret, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var sealedNames = await db.ClientLabels.AsNoTracking().Where(l => l.CandidateId == candidateId && l.EncryptedName != null)
            .Select(l => new { l.ClientPseudonym, l.EncryptedName }).ToListAsync(cancellation);
        using var cipher = new ClientNameCipher(secret.DataKey);
        return sealedNames.ToDictionary(l => l.ClientPseudonym, l => cipher.Open(l.EncryptedName, candidateId, l.ClientPseudonym), StringComparer.Ordinal);
    }

    /// <summary>
    /// Forgets the names of the candidate's clients that <paramref name="stillInABook"/> does not hold: after a book is
    /// deleted, a client of no remaining book keeps its number but no longer its name.
    /// </summary>
    public async Task ForgetNamesExceptAsync(string candidateId, IReadOnlySet<string> stillInABook, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(stillInABook);
        var named = await db.ClientLabels.Where(l => l.CandidateId == candidateId && l.EncryptedName != null).Select(l => l.ClientPseudonym).ToListAsync(cancellation);
        var forgotten = named.Where(p => !stillInABook.Contains(p)).ToList();
        // In slices, so a large book does not make one statement of a hundred thousand parameters.
        foreach (var slice in forgotten.Chunk(500))
            await db.ClientLabels.Where(l => l.CandidateId == candidateId && slice.Contains(l.ClientPseudonym))
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.EncryptedName, (byte[]?)null), cancellation);
    }

    public async Task<IReadOnlyDictionary<string, int>> NumbersAsync(string candidateId, CancellationToken cancellation) =>
        await db.ClientLabels.Where(l => l.CandidateId == candidateId).ToDictionaryAsync(l => l.ClientPseudonym, l => l.Number, StringComparer.Ordinal, cancellation);
}
