using System.Globalization;
using System.Text;
using System.Xml;

namespace PortfolioEval.Books.Xlsx;

/// <summary>
/// Streams a sheet's rows with one forward <see cref="XmlReader"/> pass over its XML, cells converted by
/// <see cref="XlsxCellValues"/>, rows missing from the XML yielded blank. Since <see cref="XlsxSheetScanner"/> reads
/// sheets from their bytes, this reads only the parts written in an encoding other than UTF-8 (see ADR-015); the tests
/// hold the scanner to it.
/// </summary>
internal sealed class XlsxSheetReader(XlsxWorkbook book)
{
    /// <summary>Excel's last column, XFD; a reference beyond it is no spreadsheet's.</summary>
    private const int MaxColumn = 16_383;

    private readonly XlsxNames names = book.Names;
    private readonly XlsxCellValues values = new(book);
    private readonly XmlChars chars = new();
    private byte[] utf8 = new byte[64];

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
            yield return new SheetRow(number, values.Row());
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
        values.Clear();
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
                    values.Add(column, value);
            }
        }

        reader.Read();
    }

    // Attributes and the value are read as characters into one buffer: a cell makes no string of its reference, type,
    // style or number; only text values not in the shared strings become strings.
    private (int Column, object? Value) ReadCell(XmlReader reader, int row, int nextColumn)
    {
        var column = nextColumn;
        var type = XlsxCellType.Number;
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
                    value = Convert(raw, type, style);
            }
            else
                reader.Skip(); // a formula, or anything else: its cached value is what counts
        }

        reader.Read();
        return (column, value);
    }

    private static XlsxCellType TypeOf(ReadOnlySpan<char> type) => type switch
    {
        "s" => XlsxCellType.Shared,
        "inlineStr" or "str" => XlsxCellType.Text,
        "b" => XlsxCellType.Boolean,
        "d" => XlsxCellType.IsoDate,
        "e" => XlsxCellType.Error,
        _ => XlsxCellType.Number,
    };

    // The characters as UTF-8 for the conversion the scanner shares.
    private object? Convert(ReadOnlySpan<char> raw, XlsxCellType type, int style)
    {
        var length = Encoding.UTF8.GetByteCount(raw);
        if (length > utf8.Length)
            utf8 = new byte[Math.Max(length, utf8.Length * 2)];
        return values.Convert(utf8.AsSpan(0, Encoding.UTF8.GetBytes(raw, utf8)), type, style);
    }
}
