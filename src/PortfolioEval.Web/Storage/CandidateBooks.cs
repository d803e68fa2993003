using System.Text;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Books;
using PortfolioEval.Data;
using PortfolioEval.Privacy;

namespace PortfolioEval.Web.Storage;

/// <summary>A candidate's own books: every query is scoped to the candidate, so another's book is simply not found.</summary>
public sealed class CandidateBooks(PortfolioDbContext db, CandidateKeys keys)
{
    public Task<List<ClientBook>> ListAsync(string candidateId, CancellationToken cancellation) =>
        db.ClientBooks.Where(b => b.CandidateId == candidateId).OrderByDescending(b => b.ImportedAt).ToListAsync(cancellation);

    public Task<ClientBook?> FindAsync(string candidateId, Guid id, CancellationToken cancellation) =>
        db.ClientBooks.SingleOrDefaultAsync(b => b.Id == id && b.CandidateId == candidateId, cancellation);

    /// <summary>The book's pseudonymised clients, decrypted; authentication fails loudly on any tampering.</summary>
    /// <summary>Gives the candidate's book the label they chose (blank: back to the file's name).</summary>
    public async Task RenameAsync(ClientBook book, string? label, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(book);
        book.Rename(label);
        await db.SaveChangesAsync(cancellation);
    }

    public async Task<IReadOnlyList<PseudonymisedClient>> ClientsAsync(ClientBook book, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(book);
        var plaintext = await DecryptAsync(book, BookContentKind.Clients, cancellation);
        return plaintext is null ? [] : [.. ClientRecordCodec.Read(new MemoryStream(plaintext, writable: false))];
    }

    /// <summary>
    /// The book's clients decoded one at a time as they are enumerated (once), decrypted and authenticated chunk by
    /// chunk: what scoring reads, packing each client as it comes, so a large book is never held as a list or as its
    /// whole plaintext. A tampered chunk fails the enumeration where it is reached.
    /// </summary>
    public async Task<IEnumerable<PseudonymisedClient>> StreamClientsAsync(ClientBook book, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(book);
        var plaintext = await OpenClientsAsync(book, cancellation);
        return plaintext is null ? [] : Decoded(plaintext);
    }

    private static IEnumerable<PseudonymisedClient> Decoded(Stream plaintext)
    {
        using (plaintext)
        {
            foreach (var client in ClientRecordCodec.Read(plaintext))
                yield return client;
        }
    }

    /// <summary>
    /// The book's first <paramref name="count"/> clients, decrypting (and authenticating) only the chunks they sit in:
    /// enough to show a few, without reading the whole book.
    /// </summary>
    public async Task<IReadOnlyList<PseudonymisedClient>> FirstClientsAsync(ClientBook book, int count, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(book);
        using var plaintext = await OpenClientsAsync(book, cancellation);
        return plaintext is null ? [] : [.. ClientRecordCodec.Read(plaintext).Take(count)];
    }

    // The book's client records, decrypted and authenticated chunk by chunk as they are read; null when it has none.
    private async Task<Stream?> OpenClientsAsync(ClientBook book, CancellationToken cancellation)
    {
        var ciphertext = await db.BookContents.Where(c => c.BookId == book.Id && c.Kind == BookContentKind.Clients)
            .Select(c => c.Ciphertext).SingleOrDefaultAsync(cancellation);
        if (ciphertext is null)
            return null;
        var secret = await keys.FindAsync(book.CandidateId, cancellation)
                     ?? throw new InvalidOperationException("The candidate's key is gone; the book cannot be read.");
        return ChunkedCipher.OpenDecrypting(new MemoryStream(ciphertext, writable: false), secret.DataKey,
            BookContent.Context(book.Id, BookContentKind.Clients));
    }

    /// <summary>The file as uploaded, with its name; null when the book has no stored original.</summary>
    public async Task<(string Name, byte[] Content)?> OriginalAsync(ClientBook book, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(book);
        var content = await DecryptAsync(book, BookContentKind.Original, cancellation);
        var name = await DecryptAsync(book, BookContentKind.OriginalName, cancellation);
        return content is null ? null : (name is null ? "book" : Encoding.UTF8.GetString(name), content);
    }

    /// <summary>
    /// The book's rejected rows, decrypted. A book imported before rejections were sealed has them sealed here, the
    /// first time they are read.
    /// </summary>
    public async Task<IEnumerable<RowRejection>> RejectionsAsync(ClientBook book, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(book);
        if (book.Rejections.Length == 0)
            return [];
        var secret = await keys.FindAsync(book.CandidateId, cancellation)
                     ?? throw new InvalidOperationException("The candidate's key is gone; the book cannot be read.");
        var context = BookContent.Context(book.Id, BookContentKind.Rejections);
        if (book.RejectionsInClear)
        {
            var packed = book.Rejections;
            book.SealRejections(p => ChunkedCipher.Encrypt(p, secret.DataKey, context));
            await db.SaveChangesAsync(cancellation);
            return RejectionList.Unpack(packed);
        }

        return RejectionList.Unpack(ChunkedCipher.Decrypt(book.Rejections, secret.DataKey, context));
    }

    /// <summary>Sizes of the encrypted content per kind, for the candidate's privacy page.</summary>
    public async Task<IReadOnlyDictionary<BookContentKind, long>> ContentSizesAsync(Guid bookId, CancellationToken cancellation) =>
        await db.BookContents.Where(c => c.BookId == bookId)
            .Select(c => new { c.Kind, Size = (long)c.Ciphertext.Length })
            .ToDictionaryAsync(c => c.Kind, c => c.Size, cancellation);

    /// <summary>One kind of the book's content, decrypted; null when the book has none of that kind.</summary>
    public async Task<byte[]?> DecryptAsync(ClientBook book, BookContentKind kind, CancellationToken cancellation)
    {
        var ciphertext = await db.BookContents.Where(c => c.BookId == book.Id && c.Kind == kind)
            .Select(c => c.Ciphertext).SingleOrDefaultAsync(cancellation);
        if (ciphertext is null)
            return null;
        var secret = await keys.FindAsync(book.CandidateId, cancellation)
                     ?? throw new InvalidOperationException("The candidate's key is gone; the book cannot be read.");
        return ChunkedCipher.Decrypt(ciphertext, secret.DataKey, BookContent.Context(book.Id, kind));
    }
}
