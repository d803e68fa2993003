using ExcelDataReader.Exceptions;

namespace PortfolioEval.Books;

/// <summary>
/// Opens an uploaded book whatever it is: decides the format from its bytes, runs the checks that must come before
/// any parsing (zip bomb, password), and wraps every library exception into a <see cref="BookReadException"/>.
/// </summary>
internal static class BookOpener
{
    public static IBookSource Open(Stream stream, BookReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek || !stream.CanRead)
            throw new ArgumentException("The book must be a readable, seekable stream (buffer uploads to a temporary file).", nameof(stream));
        if (stream.Length == 0)
            throw new BookReadException(BookError.Empty, "zero bytes");

        stream.Position = 0;
        var head = new byte[(int)Math.Min(stream.Length, BookFormatDetector.HeadLength)];
        stream.ReadExactly(head);
        stream.Position = 0;
        var format = BookFormatDetector.Detect(head)
            ?? throw new BookReadException(BookError.UnknownFormat, "not a workbook or delimited text");

        var encrypted = BookFormatDetector.IsEncryptedPackage(head) || (head.AsSpan().StartsWith(OleMagic) && HasEncryptedPackage(stream));
        if (encrypted && options.Password is null)
            throw new BookReadException(BookError.PasswordProtected);
        // An encrypted package is decrypted inside ExcelDataReader, so its zip cannot be checked first; the upload
        // size limit still bounds it, and only a candidate who knows the password can send one.
        if (format == BookFormat.Xlsx && !encrypted)
            XlsxZipGuard.Check(stream, options.Limits);
        return format switch
        {
            BookFormat.Csv => new CsvSource(stream, options.Limits),
            // Our own streaming reader for a plain xlsx; ExcelDataReader for xls and password-protected workbooks.
            BookFormat.Xlsx when !encrypted => new Xlsx.XlsxSource(stream),
            _ => new ExcelSource(stream, format, options.Password, e => Classify(e, stream, format)),
        };
    }

    private static ReadOnlySpan<byte> OleMagic => [0xD0, 0xCF, 0x11, 0xE0];

    // The directory naming an encrypted package can sit anywhere in the container, often after the package itself.
    private static bool HasEncryptedPackage(Stream stream)
    {
        var all = new byte[stream.Length];
        stream.Position = 0;
        stream.ReadExactly(all);
        stream.Position = 0;
        return BookFormatDetector.IsEncryptedPackage(all);
    }

    private static BookReadException Classify(Exception e, Stream stream, BookFormat format)
    {
        if (e is InvalidPasswordException)
            return new BookReadException(BookError.PasswordProtected, null, e);
        // A compound file is made of whole 512-byte sectors: a length that is not a multiple was cut short.
        var cut = e is EndOfStreamException || (format == BookFormat.Xls && stream.Length % 512 != 0);
        return new BookReadException(cut ? BookError.Truncated : BookError.Corrupt, $"{e.GetType().Name}: {e.Message}", e);
    }
}
