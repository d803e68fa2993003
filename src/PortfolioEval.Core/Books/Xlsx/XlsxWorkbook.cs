using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace PortfolioEval.Books.Xlsx;

/// <summary>
/// The parts of an xlsx a sheet's cells need, read once when the book is opened: the sheets in workbook order with
/// where their XML is, the 1904 date system flag, what each cell style makes of a number, and the shared strings.
/// </summary>
internal sealed class XlsxWorkbook : IDisposable
{
    private const string DefaultSharedStrings = "xl/sharedStrings.xml";
    private const string DefaultStyles = "xl/styles.xml";

    private readonly ZipArchive zip;
    private readonly Dictionary<string, ZipArchiveEntry> entries;

    public XlsxWorkbook(Stream stream)
    {
        zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
            entries.TryAdd(entry.FullName.Replace('\\', '/').TrimStart('/'), entry);
        Names = new XlsxNames(new NameTable());
        Settings = new XmlReaderSettings
        {
            NameTable = Names.Table,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = false, // a cell of spaces is a value, as in ExcelDataReader
            CloseInput = true,
        };

        var relations = ReadRelations("xl/_rels/workbook.xml.rels");
        (Sheets, Date1904) = ReadWorkbook(relations);
        StyleKinds = ReadStyles(Target(relations, "/styles") ?? DefaultStyles);
        SharedStrings = ReadSharedStrings(Target(relations, "/sharedStrings") ?? DefaultSharedStrings);
    }

    public XlsxNames Names { get; }

    public XmlReaderSettings Settings { get; }

    /// <summary>Name, hidden, and the part holding the sheet's XML (null when the book names none).</summary>
    public IReadOnlyList<(string Name, bool Hidden, string? Part)> Sheets { get; }

    public bool Date1904 { get; }

    /// <summary>Per cell style index (the cell's s attribute), what its number format makes of a number.</summary>
    public IReadOnlyList<NumberKind> StyleKinds { get; }

    public IReadOnlyList<string> SharedStrings { get; }

    /// <summary>A part's bytes, uncompressed, never more than its zip entry declares (the zip guard checked those sizes).</summary>
    public Stream? Open(string part) =>
        entries.TryGetValue(part, out var entry) ? new DeclaredLengthStream(entry.Open(), entry.Length) : null;

    /// <summary>A part's declared uncompressed size in bytes (0 when the book has no such part).</summary>
    public long Length(string part) => entries.TryGetValue(part, out var entry) ? entry.Length : 0;

    public XmlReader? Read(string part) => Open(part) is { } stream ? XmlReader.Create(stream, Settings) : null;

    public void Dispose() => zip.Dispose();

    private Dictionary<string, (string Type, string Target)> ReadRelations(string part)
    {
        var relations = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        using var reader = Read(part);
        while (reader is not null && reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Target") is { } target)
                relations.TryAdd(id, (reader.GetAttribute("Type") ?? "", Resolve(target)));
        }

        return relations;
    }

    private (List<(string, bool, string?)> Sheets, bool Date1904) ReadWorkbook(Dictionary<string, (string Type, string Target)> relations)
    {
        var sheets = new List<(string, bool, string?)>();
        var date1904 = false;
        using var reader = Read("xl/workbook.xml") ?? throw new InvalidDataException("The workbook part is missing.");
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
                continue;
            if (reader.LocalName == "workbookPr")
                date1904 = reader.GetAttribute("date1904") is "1" or "true";
            else if (reader.LocalName == "sheet")
            {
                var name = reader.GetAttribute("name") ?? $"Sheet{sheets.Count + 1}";
                var state = reader.GetAttribute("state");
                var hidden = state is not null && !string.Equals(state, "visible", StringComparison.OrdinalIgnoreCase);
                sheets.Add((name, hidden, RelationId(reader) is { } id && relations.TryGetValue(id, out var rel) ? rel.Target : null));
            }
        }

        return (sheets, date1904);
    }

    // The sheet's r:id, in whichever relationships namespace (transitional or strict) the book uses.
    private static string? RelationId(XmlReader reader)
    {
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            if (reader.LocalName == "id" && reader.NamespaceURI.Length > 0)
            {
                var id = reader.Value;
                reader.MoveToElement();
                return id;
            }
        }

        reader.MoveToElement();
        return null;
    }

    private List<NumberKind> ReadStyles(string part)
    {
        var formats = new Dictionary<int, NumberKind>();
        var kinds = new List<NumberKind>();
        using var reader = Read(part);
        // Only the book's own formats and cell styles: differential formats (dxfs) have numFmts and xfs of their own.
        string? section = null;
        while (reader is not null && reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == section)
                section = null;
            if (reader.NodeType != XmlNodeType.Element)
                continue;
            if (reader.LocalName is "numFmts" or "cellXfs")
                section = reader.IsEmptyElement ? null : reader.LocalName;
            else if (section == "numFmts" && reader.LocalName == "numFmt" && Id(reader) is { } id)
                formats[id] = NumberFormats.OfCode(reader.GetAttribute("formatCode") ?? "");
            else if (section == "cellXfs" && reader.LocalName == "xf")
            {
                var format = Id(reader) ?? 0;
                kinds.Add(formats.TryGetValue(format, out var kind) ? kind : NumberFormats.OfBuiltIn(format));
            }
        }

        return kinds;
    }

    private static int? Id(XmlReader reader) =>
        int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;

    // The shared strings from the part's bytes (XmlByteScanner, as the sheets), unless the part is not UTF-8.
    private SharedStringList ReadSharedStrings(string part)
    {
        using var stream = Open(part);
        if (stream is null)
            return [];
        var xml = new XmlByteScanner(stream);
        if (!xml.IsUtf8)
            return ReadSharedStringsWithXmlReader(part);
        var strings = new SharedStringList();
        var items = new XlsxItemReader();
        try
        {
            XmlNode node;
            while ((node = xml.Next()) != XmlNode.End)
            {
                if (node == XmlNode.StartElement && xml.LocalName.SequenceEqual("si"u8))
                    strings.Add(XlsxText.Unescape(Encoding.UTF8.GetString(items.Read(xml))));
            }
        }
        catch (XmlDamageException damage)
        {
            throw damage.Refusal($"the shared strings, item {strings.Count + 1}");
        }

        return strings;
    }

    /// <summary>The shared strings read by XmlReader: for a part not in UTF-8, and for the tests that hold the scanner to it.</summary>
    internal SharedStringList ReadSharedStringsWithXmlReader(string part)
    {
        var strings = new SharedStringList();
        using var reader = Read(part);
        if (reader is null)
            return strings;
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && ReferenceEquals(reader.LocalName, Names.Si))
                strings.Add(XlsxText.Unescape(XlsxText.ReadItem(reader, Names)));
            else
                reader.Read();
        }

        return strings;
    }

    private static string? Target(Dictionary<string, (string Type, string Target)> relations, string typeEnd) =>
        relations.Values.FirstOrDefault(r => r.Type.EndsWith(typeEnd, StringComparison.OrdinalIgnoreCase)).Target;

    // Targets are relative to xl/ unless absolute in the package.
    private static string Resolve(string target)
    {
        var path = target.Replace('\\', '/');
        if (path.StartsWith('/'))
            return path.TrimStart('/');
        var parts = new List<string> { "xl" };
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                    parts.RemoveAt(parts.Count - 1);
            }
            else if (segment != ".")
                parts.Add(segment);
        }

        return string.Join('/', parts);
    }

    /// <summary>Refuses more bytes than the entry declared: a lying size cannot inflate past what the guard allowed.</summary>
    private sealed class DeclaredLengthStream(Stream inner, long declared) : Stream
    {
        private long read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            read += n;
            return read <= declared ? n : throw new BookReadException(BookError.ZipBomb, "an entry inflates beyond its declared size");
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
