namespace PortfolioEval.Books;

/// <summary>
/// Decides what a file is from its first bytes, never its name: a png renamed .xlsx is not a workbook, and a CSV
/// saved as .xls by a web app is not a binary workbook either.
/// </summary>
public static class BookFormatDetector
{
    /// <summary>How many leading bytes <see cref="Detect"/> looks at; give it at least this many when the file has them.</summary>
    public const int HeadLength = 8192;

    private static ReadOnlySpan<byte> ZipLocal => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> Ole2 => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The format of a file starting with <paramref name="head"/>, or null when it is none we read.</summary>
    public static BookFormat? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(ZipLocal))
            return IsOtherOfficeZip(head) ? null : BookFormat.Xlsx; // the zip guard confirms xl/workbook.xml
        if (head.StartsWith(Ole2))
            return IsEncryptedPackage(head) ? BookFormat.Xlsx : BookFormat.Xls;
        return LooksLikeText(head) ? BookFormat.Csv : null;
    }

    /// <summary>
    /// An OLE2 container holding an "EncryptedPackage" stream is an xlsx saved with a password. The directory
    /// entry name is UTF-16; searching the bytes for it avoids parsing the container's sector chains.
    /// </summary>
    public static bool IsEncryptedPackage(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(Ole2) && bytes.IndexOf("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0"u8) >= 0;

    private static bool IsOtherOfficeZip(ReadOnlySpan<byte> head) =>
        head.IndexOf("xl/"u8) < 0 && (head.IndexOf("word/"u8) >= 0 || head.IndexOf("ppt/"u8) >= 0);

    // Text when there are no NUL bytes (binary formats and BOM-less UTF-16 are full of them), few other control
    // characters, and it is not one of the text-based formats people rename to .csv or .xls (HTML, XML, RTF, PDF).
    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
            return true;
        var body = head.StartsWith(Utf8Bom) ? head[3..] : head;
        if (body.IsEmpty || StartsWithMarkup(body))
            return false;
        var controls = 0;
        foreach (var b in body)
        {
            if (b == 0)
                return false;
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0C or 0x1A))
                controls++;
        }

        return controls * 100 <= body.Length; // at most 1% stray control bytes
    }

    private static bool StartsWithMarkup(ReadOnlySpan<byte> body)
    {
        var trimmed = body.TrimStart(" \t\r\n"u8);
        var start = trimmed[..Math.Min(trimmed.Length, 16)];
        Span<byte> lower = stackalloc byte[start.Length];
        for (var i = 0; i < start.Length; i++)
            lower[i] = (byte)(start[i] is >= (byte)'A' and <= (byte)'Z' ? start[i] + 32 : start[i]);
        return lower.StartsWith("<html"u8) || lower.StartsWith("<!doctype"u8) || lower.StartsWith("<?xml"u8)
            || lower.StartsWith("{\\rtf"u8) || lower.StartsWith("%pdf"u8) || lower.StartsWith("<table"u8);
    }
}
