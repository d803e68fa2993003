using System.IO.Compression;
using System.Text;
using PortfolioEval.Books;
using PortfolioEval.Books.Xlsx;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Books.Support;

namespace PortfolioEval.Tests.Books;

/// <summary>
/// Our xlsx reader against ExcelDataReader, which it replaced for xlsx: the same sheets, the same rows with the same
/// numbers, the same cell values and the same merged titles, for the sample books and for a workbook that packs the
/// format's corners (rich text, phonetic runs, escapes, inline and formula strings, booleans, errors, ISO dates,
/// custom date, duration and number formats, cells and rows without references, gaps, the 1904 date system).
/// </summary>
public class XlsxReaderParityTests
{
    public static TheoryData<string> Books =>
    [
        .. Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "samples"), "*.xlsx").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal),
        "fixture:cartera-libreoffice.xlsx",
        "crafted",
        "crafted-1904",
        "builder",
    ];

    [Theory]
    [MemberData(nameof(Books))]
    public void XlsxSource_ReadsWhatExcelDataReaderReads(string book)
    {
        var bytes = Make(book);
        using var ours = new XlsxSource(new MemoryStream(bytes));
        using var theirs = new ExcelSource(new MemoryStream(bytes), BookFormat.Xlsx, null, e => new BookReadException(BookError.Corrupt, e.Message, e));

        Assert.Equal(theirs.Sheets, ours.Sheets);
        for (var sheet = 0; sheet < theirs.Sheets.Count; sheet++)
        {
            var expected = theirs.ReadSheet(sheet, default).Select(r => (r.Number, Cells: Describe(r.Cells), Title: theirs.IsMergedTitle(sheet, r))).ToList();
            var actual = ours.ReadSheet(sheet, default).Select(r => (r.Number, Cells: Describe(r.Cells), Title: ours.IsMergedTitle(sheet, r))).ToList();
            Assert.Equal(string.Join("\n", expected), string.Join("\n", actual));
        }
    }

    [Theory]
    [InlineData("General", "Number")]
    [InlineData("0.00", "Number")]
    [InlineData("#,##0.00 \"días\"", "Number")]
    [InlineData("[Red]#,##0.00;[Blue]-#,##0.00", "Number")]
    [InlineData("dd/mm/yyyy", "Date")]
    [InlineData("[$-409]mmmm d, yyyy", "Date")]
    [InlineData("yyyy\\-mm\\-dd hh:mm", "Date")]
    [InlineData("\"Fecha\" d/m", "Date")]
    [InlineData("[h]:mm:ss", "Duration")]
    [InlineData("d/m/yyyy;@", "Date")]
    [InlineData("x0.00", "Number")]
    public void NumberFormats_TellDatesDurationsAndNumbersApart(string code, string kind) =>
        Assert.Equal(kind, NumberFormats.OfCode(code).ToString());

    private static string Describe(object?[] cells) =>
        string.Join(" | ", cells.Select(c => c switch
        {
            null => "∅",
            string text => $"String:[{text}]",
            DateTime date => "DateTime:" + date.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            _ => $"{c.GetType().Name}:{CellText.Of(c)}",
        }));

    private static byte[] Make(string book) => book switch
    {
        "crafted" => Crafted(date1904: false),
        "crafted-1904" => Crafted(date1904: true),
        "builder" => new XlsxBuilder().Sheet("Cartera", s => s
                .Row("Cartera de clientes 2026").Merge("A1:E1")
                .Row()
                .Row("Cliente", "Rubro", "Fecha", "Monto")
                .Row("Minera Andina S.A.C.", "Minería", new DateOnly(2026, 5, 4), 12500.5)
                .RowAt(9, "Agro Norte", null, new DateTime(2026, 3, 15, 14, 30, 0), 3200))
            .Sheet("Oculta", s => s.Row("Cliente").Row("X"), hidden: true).Build(),
        _ when book.StartsWith("fixture:", StringComparison.Ordinal) => Fixtures.Read(book["fixture:".Length..]),
        _ => RepositoryFiles.ReadSample(book),
    };

    private static byte[] Crafted(bool date1904)
    {
        const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var styles = $"""
            <styleSheet xmlns="{Main}"><numFmts count="4"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="[h]:mm"/><numFmt numFmtId="166" formatCode="#,##0.00 &quot;S/&quot;"/><numFmt numFmtId="167" formatCode="d/m/yyyy;@"/></numFmts>
            <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
            <cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/><xf numFmtId="22"/><xf numFmtId="46"/></cellXfs>
            <dxfs count="1"><dxf><numFmt numFmtId="166" formatCode="yyyy"/></dxf></dxfs></styleSheet>
            """;
        var strings = $"""
            <sst xmlns="{Main}"><si><t>Cliente</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">Rubro </t></r><r><t>principal</t></r><rPh sb="0" eb="1"><t>ルビ</t></rPh></si>
            <si><t>  recortado  </t></si><si><t xml:space="preserve">  con espacios  </t></si><si><t>línea_x000D_nueva y _x005F_x0041_</t></si><si><t/></si></sst>
            """;
        var sheet = $"""
            <worksheet xmlns="{Main}"><dimension ref="A1:H9"/><sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c><c r="E1" t="s"><v>3</v></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><r><t>Mi</t></r><r><t xml:space="preserve">nera </t></r><r><t>_x0041_ndina</t></r></is></c><c r="B2" s="1"><v>46146</v></c><c r="C2" s="2"><v>1.75</v></c><c r="D2" s="3"><v>1234.5</v></c><c r="E2" s="4"><v>46146</v></c><c r="F2" s="5"><v>46146.604166666664</v></c><c r="G2" s="6"><v>0.5</v></c></row>
            <row r="3"><c t="str"><f>A1&amp;"x"</f><v>Clientex</v></c><c t="b"><v>1</v></c><c t="b"><v>0</v></c><c t="e"><v>#N/A</v></c><c t="d"><v>2026-05-04</v></c><c t="d"><v>2026-05-04T10:00:00</v></c><c s="1"><v>30</v></c><c s="1"><v>61</v></c></row>
            <row><c r="A4" t="s"><v>4</v></c><c r="C4" t="s"><v>5</v></c><c r="D4" t="s"><v>99</v></c><c r="E4" s="9"><v>3</v></c><c r="F4"><v>1E+3</v></c><c r="G4"><v>texto</v></c></row>
            <row r="7" spans="1:3"/>
            <row r="9"><c r="B9" s="1"/><c r="C9" t="inlineStr"><is><t>   </t></is></c><c r="D9" t="s"><v>0</v></c></row>
            </sheetData><mergeCells count="2"><mergeCell ref="A7:C7"/><mergeCell ref="D1:E1"/></mergeCells></worksheet>
            """;
        var workbook = $"""
            <workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr{(date1904 ? " date1904=\"1\"" : "")}/>
            <sheets><sheet name="Datos" sheetId="1" r:id="rId1"/><sheet name="Muy oculta" sheetId="2" state="veryHidden" r:id="rId2"/><sheet name="Sin parte" sheetId="3" r:id="rId9"/></sheets></workbook>
            """;
        var rels = """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>
            """;
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string path, string xml)
            {
                using var stream = zip.CreateEntry(path).Open();
                stream.Write(Encoding.UTF8.GetBytes(xml));
            }

            Part("[Content_Types].xml", """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>""");
            Part("xl/workbook.xml", workbook);
            Part("xl/_rels/workbook.xml.rels", rels);
            Part("xl/styles.xml", styles);
            Part("xl/sharedStrings.xml", strings);
            Part("xl/worksheets/sheet1.xml", sheet);
            Part("xl/worksheets/sheet2.xml", $"""<worksheet xmlns="{Main}"><sheetData><row r="2"><c r="B2" t="s"><v>0</v></c></row></sheetData></worksheet>""");
        }

        return output.ToArray();
    }
}
