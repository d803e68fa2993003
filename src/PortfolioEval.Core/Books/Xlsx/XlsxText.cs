using System.Text;
using System.Xml;

namespace PortfolioEval.Books.Xlsx;

/// <summary>The small text rules of SpreadsheetML: string items, escaped characters, cell references.</summary>
internal static class XlsxText
{
    /// <summary>
    /// A string item (&lt;si&gt; or &lt;is&gt;): its &lt;t&gt; and the &lt;t&gt; of its rich-text runs, in order; phonetic
    /// runs (&lt;rPh&gt;) are not text. Spaces are kept, as ExcelDataReader 3.6 keeps them (the reader trims where it
    /// matters). Escaped characters are left for <see cref="Unescape"/>. The reader is left after the item's end.
    /// </summary>
    public static string ReadItem(XmlReader reader, XlsxNames names)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        var depth = reader.Depth;
        string? first = null;
        StringBuilder? joined = null;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            var name = reader.LocalName;
            if (ReferenceEquals(name, names.T))
            {
                var part = reader.ReadElementContentAsString();
                if (first is null)
                    first = part;
                else
                    (joined ??= new StringBuilder(first)).Append(part);
            }
            else if (ReferenceEquals(name, names.R))
                reader.Read(); // into the run: its <t> comes after its properties
            else
                reader.Skip(); // run properties, rPh, phoneticPr: not text
        }

        reader.Read();
        return joined?.ToString() ?? first ?? "";
    }

    /// <summary>Characters XML cannot hold, written as _xHHHH_ ("_x000D_" is a carriage return).</summary>
    public static string Unescape(string text)
    {
        var at = text.IndexOf("_x", StringComparison.Ordinal);
        if (at < 0)
            return text;
        var result = new StringBuilder(text.Length);
        var start = 0;
        while (at >= 0)
        {
            if (TryEscape(text, at, out var value))
            {
                result.Append(text, start, at - start).Append(value);
                start = at + 7;
                at = text.IndexOf("_x", start, StringComparison.Ordinal);
            }
            else
                at = text.IndexOf("_x", at + 2, StringComparison.Ordinal);
        }

        return result.Append(text, start, text.Length - start).ToString();
    }

    private static bool TryEscape(string text, int at, out char value)
    {
        value = default;
        if (at > text.Length - 7 || text[at + 6] != '_')
            return false;
        var code = 0;
        for (var i = at + 2; i < at + 6; i++)
        {
            var digit = text[i] switch
            {
                >= '0' and <= '9' => text[i] - '0',
                >= 'A' and <= 'F' => text[i] - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
                return false;
            code = (code << 4) | digit;
        }

        value = (char)code;
        return true;
    }

    /// <summary>The 0-based column of a reference such as "AB12"; false when it is not one.</summary>
    public static bool TryColumn(ReadOnlySpan<char> reference, out int column)
    {
        column = 0;
        var letters = 0;
        while (letters < reference.Length && reference[letters] is >= 'A' and <= 'Z')
        {
            // Past any sheet's last column (XFD) the count stops growing: the reference still names a column too far,
            // which the reader refuses, instead of failing to parse and landing the cell in the next column.
            if (column <= 1_000_000)
                column = column * 26 + (reference[letters] - 'A' + 1);
            letters++;
        }

        column--;
        return letters > 0 && letters < reference.Length && char.IsAsciiDigit(reference[letters]);
    }

    /// <summary>The 0-based column of a reference given as UTF-8 bytes; false when it is not one.</summary>
    public static bool TryColumn(ReadOnlySpan<byte> reference, out int column)
    {
        // Only ASCII letters and digits count, so each byte widened to a character reads as its UTF-8 decoding would.
        Span<char> widened = reference.Length <= 64 ? stackalloc char[reference.Length] : new char[reference.Length];
        Encoding.Latin1.GetChars(reference, widened);
        return TryColumn(widened, out column);
    }

    /// <summary>The 1-based last row of a range such as "A1:O1001" or of a single cell ("A1"); null when it is neither.</summary>
    public static int? LastRow(string? range)
    {
        if (range is null)
            return null;
        var last = range.AsSpan(range.IndexOf(':', StringComparison.Ordinal) + 1);
        var digits = last.IndexOfAnyInRange('0', '9');
        return digits > 0 && TryColumn(last, out _)
            && int.TryParse(last[digits..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row) && row > 0
            ? row : null;
    }

    /// <summary>Rows and columns of a range such as "A1:E1" (0-based).</summary>
    public static bool TryRange(string range, out (int FromRow, int FromColumn, int ToColumn) merge)
    {
        merge = default;
        var colon = range.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !TryColumn(range.AsSpan(0, colon), out var from) || !TryColumn(range.AsSpan(colon + 1), out var to))
            return false;
        var digits = range.AsSpan(0, colon).IndexOfAnyInRange('0', '9');
        if (!int.TryParse(range.AsSpan(digits, colon - digits), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row))
            return false;
        merge = (row - 1, from, to);
        return true;
    }
}
