using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PortfolioEval.Books;
using PortfolioEval.Data;

namespace PortfolioEval.Web.Books;

/// <summary>
/// The import of a client book in its three steps: upload (checked and kept encrypted until confirmed), inspection
/// with the candidate's choices, and import into a stored summary. Every step answers for one candidate only.
/// </summary>
public sealed partial class BookImports(
    PortfolioDbContext db,
    IDataProtectionProvider protection,
    IOptions<ImportOptions> options,
    TimeProvider clock,
    ILogger<BookImports> log)
{
    // One purpose per kind of data, so a protected upload can never be unprotected as anything else.
    private readonly IDataProtector _protector = protection.CreateProtector("PortfolioEval.PendingUploads.v1");

    public sealed record UploadResult(PendingUpload? Upload, BookError? Error);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// Reads the file once to refuse what cannot be a client book; keeps it only if it might be one (a
    /// password-protected workbook is kept, so the candidate can give the password).
    /// </summary>
    public async Task<UploadResult> UploadAsync(string candidateId, byte[] content, string fileName, string cultureName, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(content);
        var format = BookFormatDetector.Detect(content.AsSpan(0, Math.Min(content.Length, 64 * 1024)));
        if (content.Length == 0)
            return new UploadResult(null, BookError.Empty);
        if (format is null)
            return new UploadResult(null, BookError.UnknownFormat);

        var inspection = Inspect(content, new MappingChoice(null, null, cultureName, null), password: null, cancellation);
        if (inspection.Error is { } error and not BookError.PasswordProtected)
            return new UploadResult(null, error);

        await DeleteExpiredAsync(cancellation);
        var upload = new PendingUpload(candidateId, format.Value, content.Length,
            _protector.Protect(content), _protector.Protect(Encoding.UTF8.GetBytes(fileName)), clock.GetUtcNow());
        db.PendingUploads.Add(upload);
        await db.SaveChangesAsync(cancellation);
        return new UploadResult(upload, null);
    }

    public async Task<PendingUpload?> FindUploadAsync(string candidateId, Guid id, CancellationToken cancellation)
    {
        var upload = await db.PendingUploads.SingleOrDefaultAsync(u => u.Id == id && u.CandidateId == candidateId, cancellation);
        return upload is null || upload.IsExpired(clock.GetUtcNow()) ? null : upload;
    }

    public string FileNameOf(PendingUpload upload) => Encoding.UTF8.GetString(_protector.Unprotect(upload.ProtectedFileName));

    public async Task RememberPasswordAsync(PendingUpload upload, string password, CancellationToken cancellation)
    {
        upload.RememberPassword(_protector.Protect(Encoding.UTF8.GetBytes(password)));
        await db.SaveChangesAsync(cancellation);
    }

    public (BookInspection? Inspection, BookError? Error) Inspect(PendingUpload upload, MappingChoice choice, CancellationToken cancellation) =>
        Inspect(_protector.Unprotect(upload.ProtectedContent), choice, PasswordOf(upload), cancellation);

    /// <summary>Reads every row with the candidate's mapping and stores what the import did, then forgets the file.</summary>
    public async Task<(ClientBook? Book, BookError? Error)> ImportAsync(
        PendingUpload upload, MappingChoice choice, ColumnMapping mapping, BookInspection inspection, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(inspection);
        var readOptions = choice.ToOptions(Today, options.Value.Limits(), PasswordOf(upload));
        BookImportResult result;
        try
        {
            using var stream = new MemoryStream(_protector.Unprotect(upload.ProtectedContent), writable: false);
            result = BookReader.Read(stream, readOptions, mapping, cancellation: cancellation);
        }
        catch (BookReadException ex)
        {
            return (null, ex.Error);
        }

        var sheetName = inspection.Sheets.FirstOrDefault(s => s.Index == mapping.SheetIndex)?.Name ?? "";
        var book = ClientBook.FromImport(upload.CandidateId, upload.Format, sheetName, Today, clock.GetUtcNow(), result);
        db.ClientBooks.Add(book);
        await RememberMappingAsync(upload.CandidateId, inspection.Columns.Select(c => c.Header), mapping, cancellation);
        db.PendingUploads.Remove(upload);
        await db.SaveChangesAsync(cancellation);
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

    private string? PasswordOf(PendingUpload upload) =>
        upload.ProtectedPassword is { } protectedPassword ? Encoding.UTF8.GetString(_protector.Unprotect(protectedPassword)) : null;

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

    // Counts only: rows and clients, never a value from the book.
    [LoggerMessage(Level = LogLevel.Information, Message = "Imported a {Format} book: {Rows} rows read, {Clients} clients, {Rejected} rejected.")]
    private static partial void LogImported(ILogger logger, BookFormat format, int rows, int clients, int rejected);
}
