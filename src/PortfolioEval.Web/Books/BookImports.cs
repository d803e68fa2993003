using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PortfolioEval.Books;
using PortfolioEval.Data;
using PortfolioEval.Privacy;
using PortfolioEval.Web.Privacy;

namespace PortfolioEval.Web.Books;

/// <summary>
/// The import of a client book in its three steps: upload (checked, then kept encrypted), inspection with the
/// candidate's choices, and import: clients pseudonymised, encrypted and scored, the original kept encrypted.
/// Every step answers for one candidate only; plaintext exists only in memory during a request.
/// </summary>
public sealed partial class BookImports(
    PortfolioDbContext db,
    CandidateKeys keys,
    ClientLabels labels,
    Scoring.BookReports reports,
    IOptions<ImportOptions> options,
    TimeProvider clock,
    ILogger<BookImports> log)
{
    public sealed record UploadResult(PendingUpload? Upload, BookError? Error);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// Reads the file once to refuse what cannot be a client book; keeps it only if it might be one (a
    /// password-protected workbook is kept, so the candidate can give the password).
    /// </summary>
    public async Task<UploadResult> UploadAsync(string candidateId, byte[] content, string fileName, string cultureName, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(content);
        // The cheap check first, so an oversized or foreign file costs no reading.
        if (content.Length == 0)
            return new UploadResult(null, BookError.Empty);
        var format = BookFormatDetector.Detect(content.AsSpan(0, Math.Min(content.Length, BookFormatDetector.HeadLength)));
        if (format is null)
            return new UploadResult(null, BookError.UnknownFormat);

        var inspection = Inspect(content, new MappingChoice(null, null, cultureName, null), password: null, cancellation);
        if (inspection.Error is { } error and not BookError.PasswordProtected)
            return new UploadResult(null, error);

        await DeleteExpiredAsync(cancellation);
        var id = Guid.NewGuid();
        var dataKey = (await keys.GetOrCreateAsync(candidateId, cancellation)).DataKey;
        var upload = new PendingUpload(id, candidateId, format.Value, content.Length,
            ChunkedCipher.Encrypt(content, dataKey, PendingUpload.Context(id, BookContentKind.Original)),
            ChunkedCipher.Encrypt(Encoding.UTF8.GetBytes(fileName), dataKey, PendingUpload.Context(id, BookContentKind.OriginalName)),
            clock.GetUtcNow());
        db.PendingUploads.Add(upload);
        await db.SaveChangesAsync(cancellation);
        return new UploadResult(upload, null);
    }

    /// <summary>Starts a new mapping of a book's original (the candidate maps it again); the book itself stays.</summary>
    public Task<UploadResult> RemapAsync(string candidateId, (string Name, byte[] Content) original, string cultureName, CancellationToken cancellation) =>
        UploadAsync(candidateId, original.Content, original.Name, cultureName, cancellation);

    public async Task<PendingUpload?> FindUploadAsync(string candidateId, Guid id, CancellationToken cancellation)
    {
        var upload = await db.PendingUploads.SingleOrDefaultAsync(u => u.Id == id && u.CandidateId == candidateId, cancellation);
        return upload is null || upload.IsExpired(clock.GetUtcNow()) ? null : upload;
    }

    public async Task<string> FileNameOfAsync(PendingUpload upload, CancellationToken cancellation) =>
        Encoding.UTF8.GetString(await DecryptAsync(upload, upload.EncryptedFileName, PendingUpload.Context(upload.Id, BookContentKind.OriginalName), cancellation));

    public async Task RememberPasswordAsync(PendingUpload upload, string password, CancellationToken cancellation)
    {
        var dataKey = (await keys.GetOrCreateAsync(upload.CandidateId, cancellation)).DataKey;
        upload.RememberPassword(ChunkedCipher.Encrypt(Encoding.UTF8.GetBytes(password), dataKey, PendingUpload.PasswordContext(upload.Id)));
        await db.SaveChangesAsync(cancellation);
    }

    public async Task<(BookInspection? Inspection, BookError? Error)> InspectAsync(PendingUpload upload, MappingChoice choice, CancellationToken cancellation) =>
        Inspect(await OriginalOfAsync(upload, cancellation), choice, await PasswordOfAsync(upload, cancellation), cancellation);

    /// <summary>
    /// Reads every row with the candidate's mapping, stores the pseudonymised clients encrypted and the summary, and
    /// moves the encrypted original to the book. What runs in the background (<see cref="ImportWorker"/>) is
    /// <see cref="StageAsync"/>; this saves at once, for the demo seeder.
    /// </summary>
    public async Task<(ClientBook? Book, BookError? Error)> ImportAsync(
        PendingUpload upload, MappingChoice choice, ColumnMapping mapping, BookInspection inspection, CancellationToken cancellation)
    {
        var staged = await StageAsync(upload, choice, mapping, inspection, progress: null, cancellation);
        if (staged.Book is not null)
            await db.SaveChangesAsync(cancellation);
        return staged;
    }

    /// <summary>
    /// Everything <see cref="ImportAsync"/> does but the final save: the book, its encrypted content, the labels of new
    /// clients and the remembered mapping are added to the context, and the upload is removed, for the caller to save
    /// in one go (with the job's completion, so a book is never half there).
    /// </summary>
    public async Task<(ClientBook? Book, BookError? Error)> StageAsync(
        PendingUpload upload, MappingChoice choice, ColumnMapping mapping, BookInspection inspection,
        IProgress<ImportProgress>? progress, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(inspection);
        var readOptions = choice.ToOptions(Today, options.Value.Limits(), await PasswordOfAsync(upload, cancellation));
        var original = await OriginalOfAsync(upload, cancellation);
        var rows = progress is null ? null : new RowsProgress(progress);
        BookImportResult result;
        try
        {
            // A long, CPU-bound pass: on a thread of its own, so the thread pool stays free for requests.
            result = await Offload.Run(() =>
            {
                using var stream = new MemoryStream(original, writable: false);
                return BookReader.Read(stream, readOptions, mapping, rows, cancellation);
            }, cancellation);
        }
        catch (BookReadException ex)
        {
            return (null, ex.Error);
        }

        progress?.Report(new ImportProgress(ImportPhase.Protecting, result.RowsRead));
        var secret = await keys.GetOrCreateAsync(upload.CandidateId, cancellation);
        var sheetName = inspection.Sheets.FirstOrDefault(s => s.Index == mapping.SheetIndex)?.Name ?? "";
        var book = ClientBook.FromImport(upload.Id, upload.CandidateId, upload.Format, sheetName, Today, clock.GetUtcNow(), mapping, result);
        var (clients, encryptedClients) = await Offload.Run(() =>
        {
            var pseudonymised = result.Clients.Select(c => Pseudonymiser.Pseudonymise(c, secret)).ToList();
            return (pseudonymised, EncryptClients(pseudonymised, secret, book.Id));
        }, cancellation);

        db.ClientBooks.Add(book);
        db.BookContents.Add(new BookContent(book.Id, BookContentKind.Clients, encryptedClients));
        db.BookContents.Add(new BookContent(book.Id, BookContentKind.Original, upload.EncryptedContent));
        db.BookContents.Add(new BookContent(book.Id, BookContentKind.OriginalName, upload.EncryptedFileName));
        await labels.AssignAsync(upload.CandidateId, clients.Select(c => c.ClientPseudonym), cancellation);
        progress?.Report(new ImportProgress(ImportPhase.Scoring, result.RowsRead));
        await reports.ScoreAsync(book, clients, cancellation);
        await RememberMappingAsync(upload.CandidateId, inspection.Columns.Select(c => c.Header), mapping, cancellation);
        db.PendingUploads.Remove(upload);
        progress?.Report(new ImportProgress(ImportPhase.Saving, result.RowsRead));
        LogImported(log, upload.Format, result.RowsRead, result.Clients.Count, result.RowsRejected);
        return (book, null);
    }

    public async Task DiscardAsync(PendingUpload upload, CancellationToken cancellation)
    {
        db.PendingUploads.Remove(upload);
        await db.SaveChangesAsync(cancellation);
    }

    public async Task<SavedMapping?> SavedMappingAsync(string candidateId, IEnumerable<string> headers, CancellationToken cancellation)
    {
        var signature = SavedMapping.SignatureOf(headers);
        return await db.SavedMappings.SingleOrDefaultAsync(m => m.CandidateId == candidateId && m.HeaderSignature == signature, cancellation);
    }

    private static byte[] EncryptClients(IEnumerable<PseudonymisedClient> clients, CandidateSecret secret, Guid bookId)
    {
        using var ciphertext = new MemoryStream();
        ChunkedCipher.Encrypt(plaintext => ClientRecordCodec.Write(clients, plaintext), ciphertext, secret.DataKey, BookContent.Context(bookId, BookContentKind.Clients));
        return ciphertext.ToArray();
    }

    private (BookInspection? Inspection, BookError? Error) Inspect(byte[] content, MappingChoice choice, string? password, CancellationToken cancellation)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            return (BookInspector.Inspect(stream, choice.ToOptions(Today, options.Value.Limits(), password), cancellation), null);
        }
        catch (BookReadException ex)
        {
            return (null, ex.Error);
        }
    }

    private Task<byte[]> OriginalOfAsync(PendingUpload upload, CancellationToken cancellation) =>
        DecryptAsync(upload, upload.EncryptedContent, PendingUpload.Context(upload.Id, BookContentKind.Original), cancellation);

    private async Task<string?> PasswordOfAsync(PendingUpload upload, CancellationToken cancellation) =>
        upload.EncryptedPassword is { } encrypted
            ? Encoding.UTF8.GetString(await DecryptAsync(upload, encrypted, PendingUpload.PasswordContext(upload.Id), cancellation))
            : null;

    private async Task<byte[]> DecryptAsync(PendingUpload upload, byte[] ciphertext, byte[] context, CancellationToken cancellation)
    {
        var secret = await keys.FindAsync(upload.CandidateId, cancellation)
                     ?? throw new InvalidOperationException("The candidate's key is gone; their uploads cannot be read.");
        return ChunkedCipher.Decrypt(ciphertext, secret.DataKey, context);
    }

    private async Task RememberMappingAsync(string candidateId, IEnumerable<string> headers, ColumnMapping mapping, CancellationToken cancellation)
    {
        var saved = await SavedMappingAsync(candidateId, headers, cancellation);
        if (saved is null)
        {
            saved = new SavedMapping(candidateId, SavedMapping.SignatureOf(headers));
            db.SavedMappings.Add(saved);
        }
        saved.Remember(mapping.Fields, clock.GetUtcNow());
    }

    private async Task DeleteExpiredAsync(CancellationToken cancellation)
    {
        var cutoff = clock.GetUtcNow() - PendingUpload.Lifetime;
        await db.PendingUploads.Where(u => u.CreatedAt < cutoff).ExecuteDeleteAsync(cancellation);
    }

    private sealed class RowsProgress(IProgress<ImportProgress> progress) : IProgress<int>
    {
        public void Report(int value) => progress.Report(new ImportProgress(ImportPhase.Reading, value));
    }

    // Counts only: rows and clients, never a value from the book.
    [LoggerMessage(Level = LogLevel.Information, Message = "Imported a {Format} book: {Rows} rows read, {Clients} clients, {Rejected} rejected.")]
    private static partial void LogImported(ILogger logger, BookFormat format, int rows, int clients, int rejected);
}
