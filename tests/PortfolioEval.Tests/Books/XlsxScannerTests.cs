using System.Text;
using PortfolioEval.Books;
using PortfolioEval.Tests.Books.Support;

namespace PortfolioEval.Tests.Books;

/// <summary>
/// The xlsx sheet scanner on crafted parts: what real writers put in a sheet (namespace prefixes, declarations and
/// byte-order marks, comments, line ends, self-closing tags, formulas with cached values, single quotes, text longer
/// than the scanner's buffer, another encoding than UTF-8), each read as XML reads it.
/// </summary>
public class XlsxScannerTests
{
    [Fact]
    public void PrefixedElements_AreReadByTheirLocalNames()
    {
        var sheet = Encoding.UTF8.GetBytes($"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <x:worksheet xmlns:x="{RawXlsx.Main}"><x:dimension ref="A1:B2"/><x:sheetData>
            <x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Cliente</x:t></x:is></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c></x:row>
            <x:row r="2"><x:c r="B2" s="1"><x:v>46146</x:v></x:c></x:row>
            </x:sheetData></x:worksheet>
            """);

        var rows = RawXlsx.ReadSheet(sheet);

        Assert.Equal(["Cliente", "Agro Norte"], rows[0].Cells);
        Assert.Equal([null, new DateTime(2026, 5, 4)], rows[1].Cells);
    }

    [Fact]
    public void ByteOrderMarkDeclarationCommentsAndInstructions_AreNotCells()
    {
        var sheet = Encoding.UTF8.GetBytes($"""
            <?xml version='1.0' encoding='utf-8'?>
            <!-- written by hand -->
            <worksheet xmlns="{RawXlsx.Main}"><?mso-application progid="Excel.Sheet"?><sheetData>
              <row r="1">
                <!-- a comment between cells --><c r="A1"><v>1<!-- inside --><?pi x?>2</v></c>
                <c r='B1' t='str'><f>A1 &amp; "x"</f><v>12x</v></c>
              </row>
            </sheetData></worksheet>
            <!-- after the root -->
            """);

        var rows = RawXlsx.ReadSheet([0xEF, 0xBB, 0xBF, .. sheet]);

        Assert.Equal([12.0, "12x"], Assert.Single(rows).Cells);
    }

    [Fact]
    public void LineEnds_InText_AreOneLineFeedButACharacterReferenceStays()
    {
        var rows = RawXlsx.ReadSheet(RawXlsx.Sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a\r\nb\rc&#13;d</t></is></c><c r=\"B1\" t=\"str\"><v><![CDATA[e\r\nf]]></v></c></row>"));

        Assert.Equal(["a\nb\nc\rd", "e\nf"], rows[0].Cells);
    }

    [Fact]
    public void SelfClosingTags_AreEmptyCellsAndRows()
    {
        var rows = RawXlsx.ReadSheet(RawXlsx.Sheet("""<row r="1"><c r="A1"/><c r="B1"><v/></c><c r="C1" t="inlineStr"><is><t/></is></c><c r="D1"><v>4</v></c></row><row r="2"/><row r="3"><c r="A3" t="inlineStr"><is/></c></row>"""));

        Assert.Equal([null, null, null, 4.0], rows[0].Cells);
        Assert.True(rows[1].IsBlank && rows[2].IsBlank);
    }

    [Fact]
    public void Formula_WithoutACachedValue_IsAnEmptyCell_AndWithOneIsThatValue()
    {
        var rows = RawXlsx.ReadSheet(RawXlsx.Sheet("""<row r="1"><c r="A1"><f>SUM(B1:C1)</f></c><c r="B1"><f t="shared" ref="B1:B3" si="0">D1*2</f><v>8</v></c><c r="C1" t="b"><f>TRUE()</f><v>1</v></c><c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>"""));

        Assert.Equal([null, 8.0, true], rows[0].Cells);
    }

    [Fact]
    public void Text_LongerThanTheBuffer_WithReferencesAndAccentsAcrossItsEdge_IsReadWhole()
    {
        // 64 KiB is the scanner's buffer: two-byte characters and references land on its edge and beyond it.
        var text = string.Concat(Enumerable.Range(0, 30_000).Select(i => i % 7 == 0 ? "ñ&" : "añ"));
        var escaped = text.Replace("&", "&amp;", StringComparison.Ordinal);

        var rows = RawXlsx.ReadSheet(RawXlsx.Sheet($"""<row r="1"><c r="A1" t="inlineStr"><is><t>{escaped}</t></is></c><c r="B1"><v>5</v></c></row><row r="2"><c r="A2" t="str"><v>{escaped}</v></c></row>"""));

        Assert.Equal([text, 5.0], rows[0].Cells);
        Assert.Equal([text], rows[1].Cells);
    }

    [Fact]
    public void ManyRows_AcrossManyBuffers_KeepTheirNumbersAndValues()
    {
        var xml = string.Concat(Enumerable.Range(1, 20_000).Select(r => $"""<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Cliente {r}</t></is></c><c r="B{r}"><v>{r}.5</v></c></row>"""));

        var rows = RawXlsx.ReadSheet(RawXlsx.Sheet(xml));

        Assert.Equal(20_000, rows.Count);
        Assert.Equal(["Cliente 12345", 12345.5], rows[12_344].Cells);
    }

    [Fact]
    public void AttributeValue_WithEntitiesAndTabs_IsNormalisedAsXmlDoes()
    {
        var rows = RawXlsx.ReadSheet(RawXlsx.Sheet("""<row r="&#50;"><c r="&#x41;2" t="&#115;" s="0"><v>0</v></c></row>"""));

        Assert.Equal(2, rows[1].Number);
        Assert.Equal(["Minera Andina"], rows[1].Cells);
    }

    [Fact]
    public void Utf16Part_IsReadThroughXmlReader()
    {
        var xml = $"""<?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="{RawXlsx.Main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Señal</t></is></c><c r="B1"><v>3</v></c></row></sheetData></worksheet>""";

        var rows = RawXlsx.ReadSheet([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(xml)]);

        Assert.Equal(["Señal", 3.0], Assert.Single(rows).Cells);
    }

    [Fact]
    public void SharedStrings_WithPrefixesRunsAndEscapes_AreReadFromTheirBytes()
    {
        var strings = Encoding.UTF8.GetBytes($"""<?xml version="1.0" encoding="UTF-8"?><s:sst xmlns:s="{RawXlsx.Main}" count="3"><s:si><s:t>A &amp; B</s:t></s:si><s:si><s:r><s:t xml:space="preserve">Agro </s:t></s:r><s:r><s:rPr><s:b/></s:rPr><s:t>Norte_x000D_</s:t></s:r><s:rPh><s:t>no</s:t></s:rPh></s:si><s:si/></s:sst>""");

        var rows = RawXlsx.Read(RawXlsx.Book(RawXlsx.Sheet("""<row r="1"><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c><c t="s"><v>3</v></c></row>"""), strings));

        Assert.Equal(["A & B", "Agro Norte\r", "", "3"], rows[0].Cells);
    }
}
