using System.Globalization;
using System.Text;

namespace PortfolioEval.Books.Xlsx;

/// <summary>
/// Streams a sheet's rows from its part's UTF-8 bytes with <see cref="XmlByteScanner"/> (no XmlReader): the cells as
/// <see cref="XlsxCellValues"/> reads them, rows missing from the XML yielded blank so every row keeps the number the
/// spreadsheet shows, and the rest of the part checked after the last row. A part that is not well-formed is refused
/// with the row and column where the reading stopped. A part in another encoding than UTF-8 is read by
/// <see cref="XlsxSheetReader"/> instead (see ADR-015).
/// </summary>
internal sealed class XlsxSheetScanner(XlsxWorkbook book)
{
    /// <summary>Excel's last column, XFD; a reference beyond it is no spreadsheet's.</summary>
    private const int MaxColumn = 16_383;

    private readonly XlsxCellValues values = new(book);
    private readonly XlsxItemReader items = new();
    private XmlByteScanner xml = null!;
    private XlsxSheetReader? other;
    private Stream? part;
    private long partLength;
    private int? declaredLastRow;
    private int lastRow;

    // Where the reading is, for a refusal: the row being read (0 between rows) and the 0-based cell (-1 between cells).
    private int row;
    private int column = -1;

    /// <summary>
    /// The last row of the range the sheet declares it uses (its dimension element), once the reading has begun; null
    /// when it declares none. Excel writes it on every save, but nothing holds a writer to it: an estimate, never a count.
    /// </summary>
    public int? DeclaredLastRow => other is null ? declaredLastRow : other.DeclaredLastRow;

    /// <summary>
    /// Where the sheet ends, without reading it there: its <see cref="DeclaredLastRow"/>, else the last row read so far
    /// scaled by the share of the sheet's bytes read to reach it. Null before any row was read.
    /// </summary>
    public int? EstimatedLastRow => other is not null ? other.EstimatedLastRow : DeclaredLastRow
        ?? (lastRow > 0 && part is { Position: > 0 and var read } && partLength >= read
            ? (int)Math.Min(int.MaxValue, Math.Ceiling(lastRow * (double)partLength / read))
            : null);

    public IEnumerable<SheetRow> Rows(string name, CancellationToken cancellation)
    {
        using var stream = book.Open(name);
        if (stream is null)
            yield break;
        xml = new XmlByteScanner(stream);
        if (!xml.IsUtf8)
        {
            other = new XlsxSheetReader(book);
            foreach (var read in other.Rows(name, cancellation))
                yield return read;
            yield break;
        }

        (part, partLength) = (stream, book.Length(name));
        if (!FindSheetData())
            yield break;
        var next = 1;
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            var number = ReadRow(next);
            if (number == 0)
                break;
            for (; next < number; next++)
                yield return new SheetRow(next, []);
            next = number + 1;
            lastRow = number;
            yield return new SheetRow(number, values.Row());
        }

        try
        {
            xml.ReadToEnd();
        }
        catch (XmlDamageException damage)
        {
            throw damage.Refusal($"after the last row ({lastRow})", lastRow > 0 ? lastRow : null);
        }
    }

    // To the sheet's rows, reading its declared range on the way; false when it has none (the rest of the part checked).
    private bool FindSheetData()
    {
        try
        {
            XmlNode node;
            while ((node = xml.Next()) != XmlNode.End)
            {
                if (node != XmlNode.StartElement)
                    continue;
                if (xml.LocalName.SequenceEqual("sheetData"u8))
                {
                    if (!xml.IsEmptyElement)
                        return true;
                    xml.ReadToEnd();
                    return false;
                }

                if (xml.LocalName.SequenceEqual("dimension"u8))
                    declaredLastRow = XlsxText.LastRow(xml.TryGetAttribute("ref"u8, out var range) ? Encoding.UTF8.GetString(range) : null);
            }

            return false;
        }
        catch (XmlDamageException damage)
        {
            throw damage.Refusal("before the first row");
        }
    }

    // Reads the next row element into `values`: its number (at least `next`), or 0 after the sheet's last.
    private int ReadRow(int next)
    {
        try
        {
            while (xml.Next() == XmlNode.StartElement)
            {
                if (!xml.LocalName.SequenceEqual("row"u8))
                {
                    xml.Skip();
                    continue;
                }

                row = xml.TryGetAttribute("r"u8, out var r)
                      && int.TryParse(r, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= next ? number : next;
                ReadCells();
                var read = row;
                row = 0;
                return read;
            }

            return 0; // the end of sheetData
        }
        catch (XmlDamageException damage)
        {
            throw row == 0 ? damage.Refusal($"after row {lastRow}", lastRow > 0 ? lastRow : null)
                : column < 0 ? damage.Refusal($"row {row}", row)
                : damage.Refusal($"row {row}, column {column + 1}", row, column + 1);
        }
    }

    private void ReadCells()
    {
        values.Clear();
        if (xml.IsEmptyElement)
            return;
        var nextColumn = 0;
        while (xml.Next() == XmlNode.StartElement)
        {
            if (xml.LocalName.SequenceEqual("c"u8))
                nextColumn = ReadCell(nextColumn) + 1;
            else
                xml.Skip();
            column = -1;
        }
    }

    // Reads the cell the scanner is on into `values` (when it has a value); its 0-based column.
    private int ReadCell(int nextColumn)
    {
        column = nextColumn;
        var type = XlsxCellType.Number;
        var style = 0;
        for (var i = 0; i < xml.AttributeCount; i++)
        {
            var name = xml.AttributeLocalName(i);
            if (name.SequenceEqual("r"u8))
                column = XlsxText.TryColumn(xml.AttributeValue(i), out var at) ? at : nextColumn;
            else if (name.SequenceEqual("t"u8))
                type = XlsxCellValues.TypeOf(xml.AttributeValue(i));
            else if (name.SequenceEqual("s"u8))
                style = int.TryParse(xml.AttributeValue(i), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : -1;
        }

        if (column > MaxColumn)
        {
            throw new BookReadException(BookError.TooManyColumns, $"a cell in column {column + 1}, row {row}")
            {
                Row = row,
                Column = column + 1,
            };
        }

        if (xml.IsEmptyElement)
            return column;
        object? value = null;
        while (xml.Next() == XmlNode.StartElement)
        {
            var name = xml.LocalName;
            if (name.SequenceEqual("v"u8))
            {
                var raw = xml.ReadContent();
                if (raw.Length > 0)
                    value = values.Convert(raw, type, style);
            }
            else if (name.SequenceEqual("is"u8))
            {
                var raw = items.Read(xml);
                if (raw.Length > 0)
                    value = values.Convert(raw, type, style);
            }
            else
                xml.Skip(); // a formula, or anything else: its cached value is what counts
        }

        if (value is not null)
            values.Add(column, value);
        return column;
    }
}
