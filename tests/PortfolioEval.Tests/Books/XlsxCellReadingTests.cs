using System.IO.Compression;
using System.Text;
using PortfolioEval.Books;
using PortfolioEval.Books.Xlsx;

namespace PortfolioEval.Tests.Books;

/// <summary>
/// What the xlsx reader makes of a cell's XML, read from the reader's characters: numbers, shared-string indices,
/// styles and references however the XML spells them (entities, CDATA, values longer than any buffer), serial dates in
/// both date systems, rich and inline strings, empty cells and rows left out, and the refusals that name where.
/// </summary>
public class XlsxCellReadingTests
{
    private const string Strings = """<si><t>Minera Andina</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">Agro </t></r><r><t>Norte</t></r><rPh sb="0" eb="1"><t>ルビ</t></rPh></si>""";

    [Fact]
    public void Value_SplitByEntitiesAndCdata_IsReadAsOneNumber()
    {
        var rows = Read("""<row r="1"><c r="A1"><v>12<![CDATA[3]]>4&#46;5</v></c><c r="B1"><v> 7 </v></c></row>""");

        Assert.Equal([1234.5, 7.0], rows[0].Cells);
    }

    [Fact]
    public void Attributes_SpelledWithEntities_AreReadAsTheirText()
    {
        var rows = Read("""<row r="1"><c r="&#65;1" t="&#115;"><v>1</v></c><c r="C1" s="&#49;"><v>46146</v></c></row>""");

        Assert.Equal(["Agro Norte", null, new DateTime(2026, 5, 4)], rows[0].Cells);
    }

    [Fact]
    public void SharedString_RichTextRuns_AreJoinedWithoutTheirPhoneticReading()
    {
        var rows = Read("""<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>9</v></c></row>""");

        // An index past the table stays its digits, as ExcelDataReader leaves it.
        Assert.Equal(["Minera Andina", "Agro Norte", "9"], rows[0].Cells);
    }

    [Fact]
    public void InlineAndFormulaStrings_KeepTheirTextAndEscapes()
    {
        var rows = Read("""<row r="1"><c r="A1" t="inlineStr"><is><r><t>Mi</t></r><r><t xml:space="preserve">nera_x000D_ </t></r></is></c><c r="B1" t="str"><f>A1</f><v>Agro &amp; Norte</v></c></row>""");

        Assert.Equal(["Mi" + "nera\r ", "Agro & Norte"], rows[0].Cells);
    }

    [Fact]
    public void LongValue_LongerThanTheBuffer_IsReadWhole()
    {
        var text = string.Concat(Enumerable.Range(0, 2000).Select(i => (char)('a' + (i % 26))));
        var digits = "1" + new string('0', 300);

        var rows = Read($"""<row r="1"><c r="A1" t="str"><v>{text}</v></c><c r="B1"><v>{digits}</v></c></row>""");

        Assert.Equal(text, rows[0].Cells[0]);
        Assert.Equal(1e300, rows[0].Cells[1]);
    }

    [Theory]
    [InlineData(false, 46146, "2026-05-04")]
    [InlineData(true, 46146, "2030-05-05")]
    [InlineData(false, 59, "1900-02-28")]
    [InlineData(false, 61, "1900-03-01")]
    [InlineData(true, 0, "1904-01-01")]
    public void SerialDate_IsReadInTheBooksDateSystem(bool date1904, int serial, string expected)
    {
        var rows = Read($"""<row r="1"><c r="A1" s="1"><v>{serial}</v></c></row>""", date1904);

        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), rows[0].Cells[0]);
    }

    [Fact]
    public void EmptyCellsAndMissingRows_AreBlankInTheirPlaces()
    {
        var rows = Read("""
            <row r="2"><c r="B2"/><c r="C2"><v></v></c><c r="D2" t="s"><v>0</v></c><c><v>5</v></c><c r="H2" t="e"><v>#N/A</v></c></row>
            <row r="5" spans="1:3"/>
            <row><c r="C6" t="b"><v>1</v></c></row>
            """);

        Assert.Equal([1, 2, 3, 4, 5, 6], rows.Select(r => r.Number));
        Assert.Equal([null, null, null, "Minera Andina", 5.0], rows[1].Cells);
        Assert.True(rows[0].IsBlank && rows[2].IsBlank && rows[3].IsBlank && rows[4].IsBlank);
        Assert.Equal([null, null, true], rows[5].Cells);
    }

    [Fact]
    public void CellPastTheLastColumn_IsRefusedNamingItsRowAndColumn()
    {
        var refused = Assert.Throws<BookReadException>(() => Read("""<row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="XFE3"><v>1</v></c></row>"""));

        Assert.Equal(BookError.TooManyColumns, refused.Error);
        Assert.Equal(3, refused.Row);
        Assert.Equal(16_385, refused.Column);
    }

    [Fact]
    public void ValueHoldingAnElement_IsRefusedAsDamaged()
    {
        var refused = Assert.Throws<BookReadException>(() => Read("""<row r="1"><c r="A1"><v>1<b/>2</v></c></row>"""));

        Assert.Equal(BookError.Corrupt, refused.Error);
    }

    private static List<SheetRow> Read(string rows, bool date1904 = false)
    {
        using var source = new XlsxSource(new MemoryStream(Book(rows, date1904)));
        return [.. source.ReadSheet(0, default)];
    }

    private static byte[] Book(string rows, bool date1904)
    {
        const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string path, string xml)
            {
                using var stream = zip.CreateEntry(path).Open();
                stream.Write(Encoding.UTF8.GetBytes(xml));
            }

            Part("xl/workbook.xml", $"""<workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr{(date1904 ? " date1904=\"1\"" : "")}/><sheets><sheet name="Cartera" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Part("xl/_rels/workbook.xml.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            Part("xl/styles.xml", $"""<styleSheet xmlns="{Main}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>""");
            Part("xl/sharedStrings.xml", $"""<sst xmlns="{Main}">{Strings}</sst>""");
            Part("xl/worksheets/sheet1.xml", $"""<worksheet xmlns="{Main}"><sheetData>{rows}</sheetData></worksheet>""");
        }

        return output.ToArray();
    }
}
