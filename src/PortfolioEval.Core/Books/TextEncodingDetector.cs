using System.Text;

namespace PortfolioEval.Books;

/// <summary>
/// Finds a text file's encoding: a byte-order mark (UTF-8, UTF-16 LE/BE) settles it; otherwise the whole file is
/// checked as UTF-8, and if it is not valid UTF-8 it is a single-byte code page: Windows-1252 (Latin-1's superset),
/// or CP850 when the bytes read as Spanish letters in CP850 but as symbols in 1252 (¤ for ñ, ¢ for ó).
/// </summary>
internal static class TextEncodingDetector
{
    private const string SpanishLetters = "áéíóúÁÉÍÓÚñÑüÜ";

    static TextEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public static Encoding Cp850 => Encoding.GetEncoding(850);

    /// <summary>The encoding and the length of its byte-order mark. Reads the stream to its end; the caller rewinds.</summary>
    public static (Encoding Encoding, int BomLength) Detect(Stream stream)
    {
        Span<byte> bom = stackalloc byte[3];
        var read = stream.ReadAtLeast(bom, 3, throwOnEndOfStream: false);
        if (read >= 3 && bom[0] == 0xEF && bom[1] == 0xBB && bom[2] == 0xBF)
            return (new UTF8Encoding(false), 3);
        if (read >= 2 && bom[0] == 0xFF && bom[1] == 0xFE)
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
        if (read >= 2 && bom[0] == 0xFE && bom[1] == 0xFF)
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);

        stream.Position = 0;
        var histogram = new long[256];
        var utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var valid = true;
        var buffer = new byte[64 * 1024];
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            foreach (var b in buffer.AsSpan(0, n))
                histogram[b]++;
            valid = valid && IsValidUtf8(utf8, buffer.AsSpan(0, n));
        }

        if (valid)
            return (new UTF8Encoding(false), 0);
        return (Score(Cp850, histogram) > Score(Windows1252, histogram) ? Cp850 : Windows1252, 0);
    }

    private static bool IsValidUtf8(Decoder decoder, ReadOnlySpan<byte> chunk)
    {
        try
        {
            decoder.GetCharCount(chunk, flush: false);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    // Spanish letters count for an encoding; box-drawing and currency symbols in the middle of words count against it.
    private static long Score(Encoding encoding, long[] histogram)
    {
        long score = 0;
        Span<char> decoded = stackalloc char[1];
        for (var b = 0x80; b <= 0xFF; b++)
        {
            if (histogram[b] == 0)
                continue;
            encoding.GetChars([(byte)b], decoded);
            var c = decoded[0];
            if (SpanishLetters.Contains(c, StringComparison.Ordinal))
                score += histogram[b];
            else if (c is (>= '\u2500' and <= '\u259F') or '¤' or '¢' or '£' or '¥' or '±' or '¦' or (>= '\u0080' and <= '\u009F'))
                score -= histogram[b];
        }

        return score;
    }
}
