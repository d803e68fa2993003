using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PortfolioEval.Books;
using PortfolioEval.Data;
using PortfolioEval.Privacy;
using PortfolioEval.Web.Storage;

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
    InspectionSlots inspections,
    TimeProvider clock,
    ILogger<BookImports> log)
{
    /// <param name="Row">Where the reading stopped, when the refusal is about one row (or cell).</param>
    public sealed record UploadResult(PendingUpload? Upload, BookError? Error, int? Row = null, int? Column = null);

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

        var choice = new MappingChoice(null, null, cultureName, null);
        var (inspection, refusal) = await InspectAsync(() => new MemoryStream(content, writable: false), choice, password: null, cancellation);
        if (refusal is not null && refusal.Error != BookError.PasswordProtected)
            return new UploadResult(null, refusal.Error, refusal.Row, refusal.Column);
        // A list of names and ages is no client book: say at once what one needs, rather than map and import it.
        if (inspection is not null && !inspection.LooksLikeAClientBook)
            return new UploadResult(null, BookError.NotAClientBook);

        await DeleteExpiredAsync(cancellation);
        var id = Guid.NewGuid();
        var dataKey = (await keys.GetOrCreateAsync(candidateId, cancellation)).DataKey;
        var upload = new PendingUpload(id, candidateId, format.Value, content.Length,
            ChunkedCipher.Encrypt(content, dataKey, PendingUpload.Context(id, BookContentKind.Original)),
            ChunkedCipher.Encrypt(Encoding.UTF8.GetBytes(fileName), dataKey, PendingUpload.Context(id, BookContentKind.OriginalName)),
            clock.GetUtcNow());
        // The one full reading of the file before its import: the mapping page and the import reuse it.
        if (inspection is not null)
            upload.KeepInspection(ChunkedCipher.Encrypt(new StoredInspection(null, null, inspection).ToJson(), dataKey, PendingUpload.InspectionContext(id)));
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

    /// <summary>
    /// The upload read with the candidate's choice: the inspection kept with it when it answers the same sheet and
    /// header row (the locale and date order only change the fallbacks), otherwise a new reading, kept in its place.
    /// </summary>
    public async Task<(BookInspection? Inspection, BookError? Error)> InspectAsync(PendingUpload upload, MappingChoice choice, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(choice);
        var secret = await SecretOfAsync(upload, cancellation);
        if (upload.EncryptedInspection is { } kept
            && StoredInspection.FromJson(ChunkedCipher.Decrypt(kept, secret.DataKey, PendingUpload.InspectionContext(upload.Id))) is var stored
            && stored.Answers(choice))
            return (stored.For(choice.ToOptions(Today, options.Value.Limits(), password: null)), null);

        var (inspection, refusal) = await InspectAsync(() => OpenOriginal(upload, secret), choice, await PasswordOfAsync(upload, cancellation), cancellation);
        if (inspection is not null)
        {
            var json = new StoredInspection(choice.SheetIndex, choice.HeaderRow, inspection).ToJson();
            upload.KeepInspection(ChunkedCipher.Encrypt(json, secret.DataKey, PendingUpload.InspectionContext(upload.Id)));
            await db.SaveChangesAsync(cancellation);
        }

        return (inspection, refusal?.Error);
    }

    /// <summary>
    /// Reads every row with the candidate's mapping, stores the pseudonymised clients encrypted and the summary, and
    /// moves the encrypted original to the book. What runs in the background (<see cref="ImportWorker"/>) is
    /// <see cref="StageAsync"/>; this saves at once, for the demo seeder.
    /// </summary>
    public async Task<(ClientBook? Book, BookError? Error)> ImportAsync(
        PendingUpload upload, MappingChoice choice, ColumnMapping mapping, BookInspection inspection, CancellationToken cancellation)
    {
        var (staged, error) = await StageAsync(upload, choice, mapping, inspection, progress: null, cancellation);
        if (staged is null)
            return (null, error);
        await SaveAsync(staged, beforeSave: null, cancellation);
        return (staged.Book, null);
    }

    /// <summary>An import read and protected, its book and content added to the context, waiting for <see cref="SaveAsync"/>.</summary>
    /// <param name="Bytes">The encrypted content the save writes (clients, original, rejections).</param>
    /// <param name="Names">The clients' names, in the order of <paramref name="ClientPseudonyms"/>, for their new labels.</param>
    public sealed record StagedImport(ClientBook Book, IReadOnlyList<string> ClientPseudonyms, long Bytes, ClientNames Names);

    /// <summary>
    /// Saves a staged import in one transaction: the labels of its new clients (with their names, encrypted), whatever <paramref name="beforeSave"/>
    /// adds (the job's success), the book, its content, the remembered mapping, the upload's removal. All or nothing.
    /// </summary>
    public async Task SaveAsync(StagedImport staged, Action? beforeSave, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(staged);
        var secret = await keys.FindAsync(staged.Book.CandidateId, cancellation)
                     ?? throw new InvalidOperationException("The candidate's key is gone; their clients cannot be labelled.");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        await labels.InsertNewAsync(staged.Book.CandidateId, staged.ClientPseudonyms, staged.Names, secret, cancellation);
        beforeSave?.Invoke();
        await db.SaveChangesAsync(cancellation);
        await transaction.CommitAsync(cancellation);
        staged.Names.Dispose();
    }

    /// <summary>
    /// Everything <see cref="ImportAsync"/> does but saving: the book, its encrypted content and the remembered mapping
    /// are added to the context and the upload is removed, for <see cref="SaveAsync"/> to save in one go (with the
    /// job's completion, so a book is never half there).
    /// </summary>
    public async Task<(StagedImport? Staged, BookError? Error)> StageAsync(
        PendingUpload upload, MappingChoice choice, ColumnMapping mapping, BookInspection inspection,
        IProgress<ImportProgress>? progress, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(inspection);
        var readOptions = choice.ToOptions(Today, options.Value.Limits(), await PasswordOfAsync(upload, cancellation));
        var secret = await SecretOfAsync(upload, cancellation);
        var rows = progress is null ? null : new RowsProgress(progress);
        var sheetName = inspection.Sheets.FirstOrDefault(s => s.Index == mapping.SheetIndex)?.Name ?? "";
        ClientBook book;
        IReadOnlyList<PseudonymisedClient> clients;
        var names = new ClientNames();
        try
        {
            // Long and CPU-bound: on a thread of its own, so the thread pool stays free for requests.
            (book, clients) = await Offload.Run(() =>
            {
                // One pass when the kept inspection settled the columns, the next rows read while these are interpreted;
                // then the clients pseudonymised in batches. Both take a second core only while no request waits.
                using var stream = OpenOriginal(upload, secret);
                var reading = BookReader.ReadStreamed(stream, readOptions, mapping, inspection, rows, Offload.HelperWhenIdle, cancellation);
                progress?.Report(new ImportProgress(ImportPhase.Protecting, reading.RowsRead));
                var figures = new ClientFigures();
                var pseudonymised = Pseudonymiser.PseudonymiseAll(reading, secret, figures, Offload.HelperWhenIdle, names);
                var imported = ClientBook.FromImport(upload.Id, upload.CandidateId, upload.Format, sheetName, Today, clock.GetUtcNow(), mapping, reading, figures,
                    packed => ChunkedCipher.Encrypt(packed, secret.DataKey, BookContent.Context(upload.Id, BookContentKind.Rejections)));
                return (imported, (IReadOnlyList<PseudonymisedClient>)pseudonymised);
            }, cancellation);
        }
        catch (BookReadException ex)
        {
            names.Dispose();
            return (null, ex.Error);
        }

        // The records are encoded and encrypted beside the scoring, which reads the same clients (neither changes
        // them): on a second core while no request waits, otherwise after it on the scoring's.
        var records = new RecordsBesideScoring(clients, secret, book.Id);
        try
        {
            db.ClientBooks.Add(book);
            progress?.Report(new ImportProgress(ImportPhase.Scoring, book.RowsRead));
            await reports.ScoreAsync(book, clients, cancellation);
        }
        catch
        {
            // The thread beside ends before the caller lets the candidate's secret go.
            await records.EndedAsync();
            throw;
        }

        var ciphertext = await records.CiphertextAsync(cancellation);
        db.BookContents.Add(new BookContent(book.Id, BookContentKind.Clients, ciphertext));
        db.BookContents.Add(new BookContent(book.Id, BookContentKind.Original, upload.EncryptedContent));
        db.BookContents.Add(new BookContent(book.Id, BookContentKind.OriginalName, upload.EncryptedFileName));
        await RememberMappingAsync(upload.CandidateId, inspection.Columns.Select(c => c.Header), mapping, cancellation);
        db.PendingUploads.Remove(upload);
        progress?.Report(new ImportProgress(ImportPhase.Saving, book.RowsRead));
        LogImported(log, upload.Format, book.RowsRead, book.Clients, book.RowsRejected);
        var bytes = (long)ciphertext.Length + upload.EncryptedContent.Length + book.Rejections.Length;
        return (new StagedImport(book, [.. clients.Select(c => c.ClientPseudonym)], bytes, names), null);
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

    /// <summary>
    /// The clients' records, encoded and encrypted on a second thread started at once when no request waits (then on
    /// one core: the scoring has the other), or, when one does, after the scoring on a thread of its own (then on two
    /// cores if they have come free). The records are measured first, so the ciphertext is written once into an array
    /// of its exact size (the entity needs an array): a growing buffer and its copy would cost three times the
    /// ciphertext at the peak.
    /// </summary>
    private sealed class RecordsBesideScoring
    {
        private readonly IReadOnlyList<PseudonymisedClient> clients;
        private readonly CandidateSecret secret;
        private readonly Guid bookId;
        private readonly Task? beside;
        private byte[]? ciphertext;

        public RecordsBesideScoring(IReadOnlyList<PseudonymisedClient> clients, CandidateSecret secret, Guid bookId)
        {
            (this.clients, this.secret, this.bookId) = (clients, secret, bookId);
            beside = Offload.HelperWhenIdle(() => ciphertext = Encrypt(helper: null));
        }

        /// <summary>The ciphertext, from the thread beside or, when none was started, made now on a thread of its own.</summary>
        public async Task<byte[]> CiphertextAsync(CancellationToken cancellation)
        {
            if (beside is null)
                return await Offload.Run(() => Encrypt(Offload.HelperWhenIdle), cancellation);
            await beside;
            return ciphertext!;
        }

        /// <summary>Waits for the thread beside, if one was started, without its outcome: for a caller already failing.</summary>
        public async Task EndedAsync()
        {
            if (beside is not null)
                await beside.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        private byte[] Encrypt(Func<Action, Task?>? helper) =>
            ChunkedCipher.Encrypt(ClientRecordCodec.Length(clients, helper), plaintext => ClientRecordCodec.Write(clients, plaintext, helper),
                secret.DataKey, BookContent.Context(bookId, BookContentKind.Clients));
    }

    // A reading holds one book's rows and columns at a time, so only a few run at once, whoever asks: four hostile
    // files at once must not cost four times the memory. The others wait their turn.
    private async Task<(BookInspection? Inspection, BookReadException? Refusal)> InspectAsync(Func<Stream> open, MappingChoice choice, string? password, CancellationToken cancellation)
    {
        var readOptions = choice.ToOptions(Today, options.Value.Limits(), password);
        using var turn = await inspections.EnterAsync(cancellation);
        try
        {
            return (await Offload.Run(() =>
            {
                using var stream = open();
                return BookInspector.Inspect(stream, readOptions, cancellation);
            }, cancellation), null);
        }
        catch (BookReadException ex)
        {
            return (null, ex);
        }
    }

    /// <summary>The original, decrypted chunk by chunk as the reader gets to it: no plaintext copy of the whole file.</summary>
    private static Stream OpenOriginal(PendingUpload upload, CandidateSecret secret) =>
        ChunkedCipher.OpenSeekable(upload.EncryptedContent, secret.DataKey, PendingUpload.Context(upload.Id, BookContentKind.Original));

    private async Task<CandidateSecret> SecretOfAsync(PendingUpload upload, CancellationToken cancellation) =>
        await keys.FindAsync(upload.CandidateId, cancellation)
        ?? throw new InvalidOperationException("The candidate's key is gone; their uploads cannot be read.");

    private async Task<string?> PasswordOfAsync(PendingUpload upload, CancellationToken cancellation) =>
        upload.EncryptedPassword is { } encrypted
            ? Encoding.UTF8.GetString(await DecryptAsync(upload, encrypted, PendingUpload.PasswordContext(upload.Id), cancellation))
            : null;

    private async Task<byte[]> DecryptAsync(PendingUpload upload, byte[] ciphertext, byte[] context, CancellationToken cancellation)
    {
        var secret = await SecretOfAsync(upload, cancellation);
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
        // An expired upload whose import is still queued or running stays until that import ends.
        var cutoff = clock.GetUtcNow() - PendingUpload.Lifetime;
        await db.PendingUploads.Where(u => u.CreatedAt < cutoff && !ImportJobs.Active(db.ImportJobs).Any(j => j.UploadId == u.Id))
            .ExecuteDeleteAsync(cancellation);
    }

    private sealed class RowsProgress(IProgress<ImportProgress> progress) : IProgress<int>
    {
        public void Report(int value) => progress.Report(new ImportProgress(ImportPhase.Reading, value));
    }

    // Counts only: rows and clients, never a value from the book.
    [LoggerMessage(Level = LogLevel.Information, Message = "Imported a {Format} book: {Rows} rows read, {Clients} clients, {Rejected} rejected.")]
    private static partial void LogImported(ILogger logger, BookFormat format, int rows, int clients, int rejected);
}
