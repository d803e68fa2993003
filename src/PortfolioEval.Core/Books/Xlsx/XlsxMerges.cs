using System.Text;
using System.Text.RegularExpressions;

namespace PortfolioEval.Books.Xlsx;

/// <summary>
/// The merged ranges of a sheet. They sit after all its rows, so they are found by scanning the sheet's bytes for
/// the &lt;mergeCells&gt; element (a literal "&lt;" cannot occur in cell text) and reading only what follows it.
/// Needed only to tell a merged title from a header, so only when a header candidate asks.
/// </summary>
internal static partial class XlsxMerges
{
    // Real sheets hold a few thousand merges at most; a longer tail is not worth reading.
    private const int MaxTailBytes = 16 * 1024 * 1024;

    public static List<(int FromRow, int FromColumn, int ToColumn)> Find(Stream sheet)
    {
        var tail = Tail(sheet, "mergeCells"u8);
        var merges = new List<(int, int, int)>();
        if (tail is null)
            return merges;
        foreach (Match match in MergeCell().Matches(Encoding.UTF8.GetString(tail)))
        {
            if (XlsxText.TryRange(match.Groups[1].Value, out var merge))
                merges.Add(merge);
        }

        return merges;
    }

    // The bytes from the first "<mergeCells" (any prefix) to the end of the part, or null when there is none.
    private static byte[]? Tail(Stream sheet, ReadOnlySpan<byte> name)
    {
        var buffer = new byte[64 * 1024];
        var kept = 0;
        MemoryStream? tail = null;
        int read;
        while ((read = sheet.Read(buffer, kept, buffer.Length - kept)) > 0)
        {
            var filled = kept + read;
            if (tail is not null)
            {
                tail.Write(buffer, 0, filled);
                kept = 0;
                if (tail.Length > MaxTailBytes)
                    break;
                continue;
            }

            var at = Start(buffer.AsSpan(0, filled), name);
            if (at >= 0)
            {
                tail = new MemoryStream();
                tail.Write(buffer, at, filled - at);
                kept = 0;
                continue;
            }

            // Keep the end of the buffer: the name may straddle two reads.
            kept = Math.Min(filled, name.Length + 64);
            Buffer.BlockCopy(buffer, filled - kept, buffer, 0, kept);
        }

        return tail?.ToArray();
    }

    // Where an element named so starts ("<mergeCells" or "<x:mergeCells"), or -1.
    private static int Start(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> name)
    {
        var from = 0;
        while (from < bytes.Length)
        {
            var at = bytes[from..].IndexOf(name);
            if (at < 0)
                return -1;
            at += from;
            // A name prefix is short: look back 63 bytes, not to the start of the buffer.
            var back = Math.Max(0, at - 63);
            var open = bytes[back..at].LastIndexOf((byte)'<');
            if (open >= 0 && IsNamePrefix(bytes[(back + open + 1)..at]))
                return back + open;
            from = at + 1;
        }

        return -1;
    }

    private static bool IsNamePrefix(ReadOnlySpan<byte> prefix) =>
        prefix.IsEmpty || (prefix[^1] == (byte)':' && !prefix[..^1].ContainsAnyExcept(NameBytes));

    private static readonly System.Buffers.SearchValues<byte> NameBytes =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-."u8);

    // Non-backtracking: the tail is the file's to write, and "<mergeCell" repeated without a ">" would make a
    // backtracking engine rescan the rest of it from every one (seconds for a few hundred kilobytes).
    [GeneratedRegex("""<(?:[A-Za-z_][\w.\-]*:)?mergeCell\b[^>]*?\sref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)""", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex MergeCell();
}
