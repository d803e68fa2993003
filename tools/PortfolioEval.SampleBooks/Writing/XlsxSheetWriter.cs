using System.Globalization;
using System.Text;
using System.Xml;

namespace PortfolioEval.SampleBooks.Writing;

/// <summary>
/// Streams one worksheet's rows into its zip entry. Rows are numbered from 1 as the sheet shows them; a skipped row
/// is simply not written, which is how Excel stores a blank row.
/// </summary>
public sealed class XlsxSheetWriter : IDisposable
{
    internal static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = true };

    private readonly XmlWriter xml;
    private readonly SharedStringTable? strings;
    private readonly List<string> merges = [];

    internal XlsxSheetWriter(Stream entry, SharedStringTable? strings, IReadOnlyList<double>? columnWidths)
    {
        this.strings = strings;
        xml = XmlWriter.Create(entry, Settings);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("worksheet", XlsxParts.MainNs);
        xml.WriteAttributeString("xmlns", "r", null, XlsxParts.RelNs);
        if (columnWidths is { Count: > 0 })
            WriteColumnWidths(columnWidths);
        xml.WriteStartElement("sheetData");
    }

    /// <summary>Number of the last row written or skipped.</summary>
    public int RowNumber { get; private set; }

    internal bool IsOpen { get; private set; } = true;

    public void SkipRows(int count = 1) => RowNumber += count;

    public void WriteRow(params ReadOnlySpan<XlsxCell> cells)
    {
        RowNumber++;
        xml.WriteStartElement("row");
        xml.WriteAttributeString("r", RowNumber.ToString(CultureInfo.InvariantCulture));
        for (var column = 0; column < cells.Length; column++)
        {
            if (!cells[column].IsEmpty)
                WriteCell(column, cells[column]);
        }

        xml.WriteEndElement();
    }

    /// <summary>Merges the last row's cells from <paramref name="firstColumn"/> to <paramref name="lastColumn"/> (0-based).</summary>
    public void MergeAcross(int firstColumn, int lastColumn) =>
        merges.Add($"{Reference(firstColumn, RowNumber)}:{Reference(lastColumn, RowNumber)}");

    public void Dispose()
    {
        if (!IsOpen)
            return;
        IsOpen = false;
        xml.WriteEndElement(); // sheetData
        if (merges.Count > 0)
        {
            // mergeCells follows sheetData in the schema, which is why merges are collected and written last.
            xml.WriteStartElement("mergeCells");
            xml.WriteAttributeString("count", merges.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var range in merges)
            {
                xml.WriteStartElement("mergeCell");
                xml.WriteAttributeString("ref", range);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement(); // worksheet
        xml.Dispose();
    }

    /// <summary>Writes a &lt;t&gt; element, keeping leading and trailing spaces that XML would otherwise drop.</summary>
    internal static void WriteT(XmlWriter xml, string text)
    {
        xml.WriteStartElement("t");
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
            xml.WriteAttributeString("xml", "space", null, "preserve");
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private void WriteCell(int column, XlsxCell cell)
    {
        xml.WriteStartElement("c");
        xml.WriteAttributeString("r", Reference(column, RowNumber));
        if (cell.Style != XlsxStyle.General)
            xml.WriteAttributeString("s", ((int)cell.Style).ToString(CultureInfo.InvariantCulture));
        if (!cell.IsText)
        {
            xml.WriteElementString("v", cell.Value);
        }
        else if (strings is not null)
        {
            xml.WriteAttributeString("t", "s");
            xml.WriteElementString("v", strings.IndexOf(cell.Value!).ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            xml.WriteAttributeString("t", "inlineStr");
            xml.WriteStartElement("is");
            WriteT(xml, cell.Value!);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private void WriteColumnWidths(IReadOnlyList<double> widths)
    {
        xml.WriteStartElement("cols");
        for (var i = 0; i < widths.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            xml.WriteStartElement("col");
            xml.WriteAttributeString("min", number);
            xml.WriteAttributeString("max", number);
            xml.WriteAttributeString("width", widths[i].ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("customWidth", "1");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>An A1-style reference: column 0 is A, 25 is Z, 26 is AA.</summary>
    internal static string Reference(int column, int row)
    {
        Span<char> letters = stackalloc char[3];
        var at = letters.Length;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
            letters[--at] = (char)('A' + (n - 1) % 26);
        return string.Concat(letters[at..], row.ToString(CultureInfo.InvariantCulture));
    }
}
