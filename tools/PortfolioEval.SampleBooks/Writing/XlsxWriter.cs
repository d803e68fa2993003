using System.IO.Compression;
using System.Text;

namespace PortfolioEval.SampleBooks.Writing;

/// <summary>
/// Writes an xlsx workbook straight into a zip, one sheet at a time, so a million-row book never sits in memory.
/// With shared strings the string table is kept until the end (repeated sector and city names cost one entry each);
/// with inline strings nothing grows with the rows. Output is byte-for-byte repeatable: every zip entry carries
/// the same fixed timestamp.
/// </summary>
public sealed class XlsxWriter : IDisposable
{
    /// <summary>Zip entries need a timestamp; a fixed one keeps the same input producing the same bytes.</summary>
    public static readonly DateTimeOffset EntryTimestamp = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly ZipArchive zip;
    private readonly SharedStringTable? strings;
    private readonly string dateFormat;
    private readonly List<(string Name, bool Hidden)> sheets = [];
    private XlsxSheetWriter? openSheet;
    private bool disposed;

    /// <param name="output">Receives the package; left open.</param>
    /// <param name="sharedStrings">True for a string table (what Excel writes), false for inline strings.</param>
    /// <param name="dateFormat">Excel number format of date cells.</param>
    public XlsxWriter(Stream output, bool sharedStrings = true, string dateFormat = "dd/mm/yyyy")
    {
        zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        strings = sharedStrings ? new SharedStringTable() : null;
        this.dateFormat = dateFormat;
    }

    /// <summary>
    /// Starts the next sheet. A zip can be written one entry at a time, so the previous sheet must be disposed first.
    /// </summary>
    public XlsxSheetWriter AddSheet(string name, bool hidden = false, IReadOnlyList<double>? columnWidths = null)
    {
        if (openSheet is { IsOpen: true })
            throw new InvalidOperationException($"Dispose sheet \"{sheets[^1].Name}\" before adding another.");
        sheets.Add((name, hidden));
        var entry = OpenEntry($"xl/worksheets/sheet{sheets.Count}.xml");
        return openSheet = new XlsxSheetWriter(entry, strings, columnWidths);
    }

    /// <summary>Writes the parts that list the sheets and strings, and closes the zip.</summary>
    public void Dispose()
    {
        if (disposed)
            return;
        disposed = true;
        openSheet?.Dispose();
        WriteText("[Content_Types].xml", XlsxParts.ContentTypes(sheets.Count, strings is not null));
        WriteText("_rels/.rels", XlsxParts.RootRelationships());
        WriteText("xl/workbook.xml", XlsxParts.Workbook(sheets));
        WriteText("xl/_rels/workbook.xml.rels", XlsxParts.WorkbookRelationships(sheets.Count, strings is not null));
        WriteText("xl/styles.xml", XlsxParts.Styles(dateFormat));
        if (strings is not null)
        {
            using var entry = OpenEntry("xl/sharedStrings.xml");
            strings.WriteTo(entry);
        }

        zip.Dispose();
    }

    private Stream OpenEntry(string path)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTimestamp;
        return entry.Open();
    }

    private void WriteText(string path, string content)
    {
        using var entry = OpenEntry(path);
        entry.Write(new UTF8Encoding(false).GetBytes(content));
    }
}
