using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace PortfolioEval.Tests.Books.Support;

/// <summary>
/// Writes a minimal but valid xlsx from hand-written OpenXML parts, so each test states the exact workbook it reads.
/// Cell values: string (shared string, or inline when <see cref="InlineStrings"/>), numbers, DateOnly/DateTime
/// (a serial with a date style), null (no cell).
/// </summary>
internal sealed class XlsxBuilder
{
    private readonly List<SheetSpec> sheets = [];

    public bool InlineStrings { get; init; }

    public XlsxBuilder Sheet(string name, Action<SheetSpec> build, bool hidden = false)
    {
        var sheet = new SheetSpec(name, hidden);
        build(sheet);
        sheets.Add(sheet);
        return this;
    }

    public byte[] Build(Action<ZipArchive>? extra = null)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var strings = new SharedStrings();
            Write(zip, "[Content_Types].xml", ContentTypes());
            Write(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Write(zip, "xl/workbook.xml", Workbook());
            Write(zip, "xl/_rels/workbook.xml.rels", WorkbookRels());
            Write(zip, "xl/styles.xml", Styles);
            for (var i = 0; i < sheets.Count; i++)
                Write(zip, $"xl/worksheets/sheet{i + 1}.xml", sheets[i].Xml(InlineStrings ? null : strings));
            Write(zip, "xl/sharedStrings.xml", strings.Xml());
            extra?.Invoke(zip);
        }

        return output.ToArray();
    }

    public static void Write(ZipArchive zip, string path, string content)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        var bytes = Encoding.UTF8.GetBytes(content);
        stream.Write(bytes);
    }

    // Style 0 is General, style 1 is a date (built-in format 14), style 2 is a number with two decimals.
    private const string Styles = """<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>""";

    private string ContentTypes()
    {
        var sheetParts = string.Concat(sheets.Select((_, i) => $"""<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"""));
        return $"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>{sheetParts}</Types>""";
    }

    private string Workbook()
    {
        var list = string.Concat(sheets.Select((s, i) =>
            $"""<sheet name="{SecurityElement.Escape(s.Name)}" sheetId="{i + 1}" r:id="rId{i + 1}"{(s.Hidden ? " state=\"hidden\"" : "")}/>"""));
        return $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{list}</sheets></workbook>""";
    }

    private string WorkbookRels()
    {
        var n = sheets.Count;
        var rels = string.Concat(sheets.Select((_, i) =>
            $"""<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>"""));
        return $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""";
    }

    internal sealed class SharedStrings
    {
        private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);

        public int Add(string text) => index.TryGetValue(text, out var i) ? i : index[text] = index.Count;

        public string Xml() =>
            $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{index.Count}" uniqueCount="{index.Count}">{string.Concat(index.Keys.Select(k => $"<si><t xml:space=\"preserve\">{SecurityElement.Escape(k)}</t></si>"))}</sst>""";
    }

    internal static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            name = (char)('A' + ((n - 1) % 26)) + name;
        return name;
    }

    internal static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
