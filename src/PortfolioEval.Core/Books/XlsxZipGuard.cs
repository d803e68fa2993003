using System.IO.Compression;

namespace PortfolioEval.Books;

/// <summary>
/// Looks inside an xlsx's zip before any XML is parsed: the declared sizes of its entries must stay under the
/// uncompressed limit, and no large entry may be compressed more than the ratio limit (real sheets compress about
/// 10:1; a zip bomb, thousands to one). It must also be a workbook, not a Word or other zip renamed.
/// </summary>
internal static class XlsxZipGuard
{
    public static void Check(Stream stream, BookLimits limits)
    {
        stream.Position = 0;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            var isWorkbook = false;
            foreach (var entry in zip.Entries)
            {
                isWorkbook |= string.Equals(entry.FullName, "xl/workbook.xml", StringComparison.OrdinalIgnoreCase);
                total += entry.Length;
                if (total > limits.MaxUncompressedBytes)
                    throw new BookReadException(BookError.ZipBomb, $"more than {limits.MaxUncompressedBytes} bytes uncompressed");
                if (entry.Length > limits.RatioCheckMinEntryBytes
                    && entry.Length > (decimal)Math.Max(entry.CompressedLength, 1) * limits.MaxCompressionRatio)
                    throw new BookReadException(BookError.ZipBomb, $"an entry compressed {entry.Length / Math.Max(entry.CompressedLength, 1)}:1");
            }

            if (!isWorkbook)
                throw new BookReadException(BookError.UnknownFormat, "a zip without xl/workbook.xml");
        }
        catch (InvalidDataException e)
        {
            // Without its central directory (at the very end) a zip was cut short; other damage is corruption.
            throw new BookReadException(HasEndOfCentralDirectory(stream) ? BookError.Corrupt : BookError.Truncated, "zip: " + e.Message, e);
        }
        finally
        {
            stream.Position = 0;
        }
    }

    // The end-of-central-directory record (PK\x05\x06) sits in the last 22 bytes plus a comment of at most 64 KB.
    private static bool HasEndOfCentralDirectory(Stream stream)
    {
        var tail = (int)Math.Min(stream.Length, 22 + ushort.MaxValue);
        var bytes = new byte[tail];
        stream.Position = stream.Length - tail;
        stream.ReadExactly(bytes);
        return bytes.AsSpan().LastIndexOf("PK\x05\x06"u8) >= 0;
    }
}
