using System.Globalization;
using System.Xml;

namespace PortfolioEval.Books.Xlsx;

/// <summary>
/// Streams a sheet's rows with one forward <see cref="XmlReader"/> pass over its XML: cells are read as
/// ExcelDataReader reads them (shared and inline strings, numbers, booleans, ISO dates, errors as empty, numbers
/// as dates or durations when their style's number format says so), and rows missing from the XML are yielded
/// blank, so every row keeps the number the spreadsheet shows.
/// </summary>
internal sealed class XlsxSheetReader(XlsxWorkbook book)
{
    /// <summary>Excel's last column, XFD; a reference beyond it is no spreadsheet's.</summary>
    private const int MaxColumn = 16_383;

    /// <summary>About 27,000 years: far past any real duration, well inside what TimeSpan holds.</summary>
    private const double MaxDurationDays = 10_000_000;

    // Booleans boxed once, not once a cell.
    private static readonly object True = true, False = false;

    private readonly XlsxNames names = book.Names;
    private readonly List<(int Column, object Value)> cells = [];
    private readonly XmlChars chars = new();

    /// <summary>
    /// The last row of the range the sheet declares it uses (its dimension element), once the reading has begun; null
    /// when it declares none. Excel writes it on every save, but nothing holds a writer to it: an estimate, never a count.
    /// </summary>
    public int? DeclaredLastRow { get; private set; }

    private Stream? part;
    private long partLength;
    private int lastRow;

    /// <summary>
    /// Where the sheet ends, without reading it there: its <see cref="DeclaredLastRow"/>, else the last row read so far
    /// scaled by the share of the sheet's bytes read to reach it. Null before any row was read.
    /// </summary>
    public int? EstimatedLastRow => DeclaredLastRow
        ?? (lastRow > 0 && part is { Position: > 0 and var read } && partLength >= read
            ? (int)Math.Min(int.MaxValue, Math.Ceiling(lastRow * (double)partLength / read))
            : null);

    public IEnumerable<SheetRow> Rows(string part, CancellationToken cancellation)
    {
        using var stream = book.Open(part);
        using var reader = stream is null ? null : XmlReader.Create(stream, book.Settings);
        if (reader is null || !MoveToSheetData(reader) || reader.IsEmptyElement)
            yield break;
        (this.part, partLength) = (stream, book.Length(part));

        var depth = reader.Depth;
        var next = 1;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            if (!ReferenceEquals(reader.LocalName, names.Row))
            {
                reader.Skip();
                continue;
            }

            cancellation.ThrowIfCancellationRequested();
            var number = RowNumber(reader) is var r && r >= next ? r : next;
            for (; next < number; next++)
                yield return new SheetRow(next, []);
            ReadCells(reader, number);
            next = number + 1;
            lastRow = number;
            yield return new SheetRow(number, Cells());
        }
    }

    private bool MoveToSheetData(XmlReader reader)
    {
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
                continue;
            if (ReferenceEquals(reader.LocalName, names.SheetData))
                return true;
            if (ReferenceEquals(reader.LocalName, names.Dimension))
                DeclaredLastRow = XlsxText.LastRow(reader.GetAttribute(names.Ref));
        }

        return false;
    }

    // The row's r attribute, read from the reader's characters; 0 when it has none or it is not a number.
    private int RowNumber(XmlReader reader)
    {
        if (!reader.MoveToAttribute(names.R))
            return 0;
        var text = chars.Value(reader);
        reader.MoveToElement();
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : 0;
    }

    // Reads the row element's cells into `cells`; leaves the reader after the row.
    private void ReadCells(XmlReader reader, int row)
    {
        cells.Clear();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        var nextColumn = 0;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
                reader.Read();
            else if (!ReferenceEquals(reader.LocalName, names.C))
                reader.Skip();
            else
            {
                var (column, value) = ReadCell(reader, row, nextColumn);
                nextColumn = column + 1;
                if (value is not null)
                    cells.Add((column, value));
            }
        }

        reader.Read();
    }

    // Attributes and the value are read as characters into one buffer: a cell makes no string of its reference, type,
    // style or number; only text values not in the shared strings become strings.
    private (int Column, object? Value) ReadCell(XmlReader reader, int row, int nextColumn)
    {
        var column = nextColumn;
        var type = CellType.Number;
        var style = 0;
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            var name = reader.LocalName;
            if (ReferenceEquals(name, names.R))
                column = XlsxText.TryColumn(chars.Value(reader), out var at) ? at : nextColumn;
            else if (ReferenceEquals(name, names.T))
                type = TypeOf(chars.Value(reader));
            else if (ReferenceEquals(name, names.S))
                style = int.TryParse(chars.Value(reader), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : -1;
        }

        reader.MoveToElement();
        if (column > MaxColumn)
        {
            throw new BookReadException(BookError.TooManyColumns, $"a cell in column {column + 1}, row {row}")
            {
                Row = row,
                Column = column + 1,
            };
        }

        if (reader.IsEmptyElement)
        {
            reader.Read();
            return (column, null);
        }

        object? value = null;
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
                reader.Read();
            else if (ReferenceEquals(reader.LocalName, names.V))
            {
                var raw = chars.Content(reader);
                if (raw.Length > 0)
                    value = Convert(raw, type, style);
            }
            else if (ReferenceEquals(reader.LocalName, names.Is))
            {
                var raw = XlsxText.ReadItem(reader, names);
                if (raw.Length > 0)
                    value = type == CellType.Text ? XlsxText.Unescape(raw) : Convert(raw, type, style);
            }
            else
                reader.Skip(); // a formula, or anything else: its cached value is what counts
        }

        reader.Read();
        return (column, value);
    }

    private static CellType TypeOf(ReadOnlySpan<char> type) => type switch
    {
        "s" => CellType.Shared,
        "inlineStr" or "str" => CellType.Text,
        "b" => CellType.Boolean,
        "d" => CellType.IsoDate,
        "e" => CellType.Error,
        _ => CellType.Number,
    };

    private object? Convert(ReadOnlySpan<char> raw, CellType type, int style)
    {
        switch (type)
        {
            case CellType.Shared:
                // An index outside the table stays its digits, as ExcelDataReader 3.6 leaves it.
                return int.TryParse(raw, NumberStyles.Any, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < book.SharedStrings.Count
                    ? book.SharedStrings[index]
                    : raw.ToString();
            case CellType.Text:
                return XlsxText.Unescape(raw.ToString());
            case CellType.Boolean:
                return raw is "1" ? True : False;
            case CellType.IsoDate:
                return DateTime.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture,
                    DateTimeStyles.AllowLeadingWhite | DateTimeStyles.AllowTrailingWhite, out var date) ? date : raw.ToString();
            case CellType.Error:
                return null; // #N/A, #DIV/0!…: no value
            default:
                if (!double.TryParse(raw, NumberStyles.Any, CultureInfo.InvariantCulture, out var number))
                    return raw.ToString();
                return KindOf(style) switch
                {
                    NumberKind.Date => FromOADate(number),
                    // Beyond any real duration (or not finite), TimeSpan cannot hold it: the number stays a number.
                    NumberKind.Duration => double.IsFinite(number) && Math.Abs(number) < MaxDurationDays ? TimeSpan.FromDays(number) : number,
                    _ => number,
                };
        }
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

    // The cells up to the last one with a value, as ExcelSource gives them.
    private object?[] Cells()
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

    /// <summary>What a cell's t attribute says its value is; a number when it says nothing (or something unknown).</summary>
    private enum CellType { Number, Shared, Text, Boolean, IsoDate, Error }
}
