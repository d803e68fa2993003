using Microsoft.EntityFrameworkCore;
using PortfolioEval.Data;
using PortfolioEval.Privacy;

namespace PortfolioEval.Web.Storage;

/// <summary>Gives each new client of a candidate the next number; a client seen before keeps its number.</summary>
public sealed class ClientLabels(PortfolioDbContext db)
{
    /// <summary>
    /// Numbers the pseudonyms not labelled yet on from the candidate's last number, in the book's order, and inserts
    /// them with prepared statements (many to a statement on PostgreSQL, <see cref="LabelInsert"/>), not as tracked entities: a million-client book
    /// would otherwise be a million entities in memory and a minute of saving. Each new label carries its client's
    /// names (<paramref name="names"/>, in the order of <paramref name="clientPseudonyms"/>) encrypted under the
    /// candidate's key. Must run inside the transaction that saves their book (it opens none of its own).
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
        // The labels the candidate has are read once, so the new ones are numbered before they are inserted.
        var labelled = await db.ClientLabels.Where(l => l.CandidateId == candidateId).Select(l => l.ClientPseudonym)
            .ToHashSetAsync(StringComparer.Ordinal, cancellation);
        var next = await NextNumberAsync(candidateId, cancellation);
        using var cipher = new ClientNameCipher(secret.DataKey);
        await using var insert = new LabelInsert(db, transaction, candidateId);
        var batch = new List<NewLabel>(insert.RowsPerStatement);
        var added = 0;
        async Task InsertBatchAsync()
        {
            var inserted = await insert.InsertAsync(batch, cancellation);
            if (inserted == batch.Count)
                next += batch.Count;
            else
            {
                // Short only when another import of this candidate labelled some of these clients, or took their
                // numbers, since they were read: the rest are numbered again after the last number, one at a time.
                inserted += await InsertOneByOneAsync(insert, candidateId, batch, cancellation);
                next = await NextNumberAsync(candidateId, cancellation);
            }

            added += inserted;
            batch.Clear();
        }

        for (var i = 0; i < clientPseudonyms.Count; i++)
        {
            // A client labelled before, or met earlier in this book, keeps its label.
            if (!labelled.Add(clientPseudonyms[i]))
                continue;
            batch.Add(new NewLabel(clientPseudonyms[i], next + batch.Count, cipher.Seal(names.Payload(i), candidateId, clientPseudonyms[i])));
            if (batch.Count == insert.RowsPerStatement)
                await InsertBatchAsync();
        }

        if (batch.Count > 0)
            await InsertBatchAsync();
        await NameUnnamedAsync(candidateId, clientPseudonyms, names, cipher, cancellation);
        return added;
    }

    private async Task<int> NextNumberAsync(string candidateId, CancellationToken cancellation) =>
        (await db.ClientLabels.Where(l => l.CandidateId == candidateId).MaxAsync(l => (int?)l.Number, cancellation) ?? 0) + 1;

    private async Task<int> InsertOneByOneAsync(LabelInsert insert, string candidateId, IEnumerable<NewLabel> labels, CancellationToken cancellation)
    {
        var added = 0;
        foreach (var label in labels)
        {
            if (await db.ClientLabels.AnyAsync(l => l.CandidateId == candidateId && l.ClientPseudonym == label.ClientPseudonym, cancellation))
                continue;
            added += await insert.InsertAsync([label with { Number = await NextNumberAsync(candidateId, cancellation) }], cancellation);
        }

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
