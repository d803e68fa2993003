using System.Globalization;
using System.Text;

namespace PortfolioEval.Books.Xlsx;

/// <summary>
/// What a cell's value becomes, from its UTF-8 bytes, as ExcelDataReader gives it: shared and inline strings, numbers,
/// booleans, ISO dates, errors as empty, numbers as dates or durations when their style's number format says so. It
/// also gathers a row's cells into the array <see cref="SheetRow"/> holds.
/// </summary>
internal sealed class XlsxCellValues(XlsxWorkbook book)
{
    /// <summary>About 27,000 years: far past any real duration, well inside what TimeSpan holds.</summary>
    private const double MaxDurationDays = 10_000_000;

    // Booleans boxed once, not once a cell.
    private static readonly object True = true, False = false;

    private readonly List<(int Column, object Value)> cells = [];

    public void Clear() => cells.Clear();

    public void Add(int column, object value) => cells.Add((column, value));

    public static XlsxCellType TypeOf(ReadOnlySpan<byte> type) => type switch
    {
        _ when type.SequenceEqual("s"u8) => XlsxCellType.Shared,
        _ when type.SequenceEqual("inlineStr"u8) || type.SequenceEqual("str"u8) => XlsxCellType.Text,
        _ when type.SequenceEqual("b"u8) => XlsxCellType.Boolean,
        _ when type.SequenceEqual("d"u8) => XlsxCellType.IsoDate,
        _ when type.SequenceEqual("e"u8) => XlsxCellType.Error,
        _ => XlsxCellType.Number,
    };

    public object? Convert(ReadOnlySpan<byte> raw, XlsxCellType type, int style)
    {
        switch (type)
        {
            case XlsxCellType.Shared:
                // An index outside the table stays its digits, as ExcelDataReader 3.6 leaves it.
                return int.TryParse(raw, NumberStyles.Any, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < book.SharedStrings.Count
                    ? book.SharedStrings[index]
                    : Encoding.UTF8.GetString(raw);
            case XlsxCellType.Text:
                return XlsxText.Unescape(Encoding.UTF8.GetString(raw));
            case XlsxCellType.Boolean:
                return raw.SequenceEqual("1"u8) ? True : False;
            case XlsxCellType.IsoDate:
                var text = Encoding.UTF8.GetString(raw);
                return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture,
                    DateTimeStyles.AllowLeadingWhite | DateTimeStyles.AllowTrailingWhite, out var date) ? date : text;
            case XlsxCellType.Error:
                return null; // #N/A, #DIV/0!…: no value
            default:
                if (!double.TryParse(raw, NumberStyles.Any, CultureInfo.InvariantCulture, out var number))
                    return Encoding.UTF8.GetString(raw);
                return KindOf(style) switch
                {
                    NumberKind.Date => FromOADate(number),
                    // Beyond any real duration (or not finite), TimeSpan cannot hold it: the number stays a number.
                    NumberKind.Duration => double.IsFinite(number) && Math.Abs(number) < MaxDurationDays ? TimeSpan.FromDays(number) : number,
                    _ => number,
                };
        }
    }

    /// <summary>The cells gathered since <see cref="Clear"/>, up to the last one with a value, as ExcelSource gives them.</summary>
    public object?[] Row()
    {
        var last = -1;
        foreach (var (column, value) in cells)
        {
            if (column > last && !CellText.IsEmpty(value))
                last = column;
        }

        if (last < 0)
            return [];
        var row = new object?[last + 1];
        foreach (var (column, value) in cells)
        {
            if (column <= last)
                row[column] = value;
        }

        return row;
    }

    // A cell without a style has the book's first one (0); an unreadable style (-1) none.
    private NumberKind KindOf(int style) =>
        style >= 0 && style < book.StyleKinds.Count ? book.StyleKinds[style] : NumberKind.Number;

    // Excel's serial dates: day 60 is the 29 February 1900 that never was, and the 1904 system starts 1462 days later.
    private object FromOADate(double serial)
    {
        var adjusted = book.Date1904 ? serial + 1462.0 : serial is >= 0.0 and < 60.0 ? serial + 1 : serial;
        return adjusted is > -657435.0 and < 2958466.0 ? DateTime.FromOADate(adjusted) : serial;
    }
}

/// <summary>What a cell's t attribute says its value is; a number when it says nothing (or something unknown).</summary>
internal enum XlsxCellType { Number, Shared, Text, Boolean, IsoDate, Error }
