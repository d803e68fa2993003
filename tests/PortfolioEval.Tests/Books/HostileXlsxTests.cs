using System.IO.Compression;
using PortfolioEval.Books;
using PortfolioEval.Tests.Books.Support;

namespace PortfolioEval.Tests.Books;

/// <summary>Workbooks written to hurt the reader: each is read to an answer, never to a timeout or a server error.</summary>
public class HostileXlsxTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Fact]
    public void Inspect_MergeCellsTailWithoutClosingBrackets_IsRefusedAsDamaged()
    {
        // A one-cell header makes the inspection look for merged titles, in a tail of "<mergeCell " never closed: the
        // sheet's scanner checks the part to its end, so the tail is refused as damage rather than searched.
        var book = WithSheet(SheetWithUnclosedMergeTail());

        var refused = Assert.Throws<BookReadException>(() => TestBooks.Inspect(book));

        Assert.Equal(BookError.Corrupt, refused.Error);
        Assert.Equal(2, refused.Row);
    }

    [Fact]
    public void MergeSearch_TailWithoutClosingBrackets_FindsNoMergeWithoutBacktracking()
    {
        var sheet = System.Text.Encoding.UTF8.GetBytes(SheetWithUnclosedMergeTail());

        Assert.Empty(PortfolioEval.Books.Xlsx.XlsxMerges.Find(new MemoryStream(sheet)));
    }

    private static string SheetWithUnclosedMergeTail() => $"""
        <worksheet xmlns="{Main}"><sheetData>
        <row r="1"><c r="A1" t="inlineStr"><is><t>Cliente</t></is></c></row>
        <row r="2"><c r="A2" t="inlineStr"><is><t>Minera Andina</t></is></c></row>
        </sheetData><mergeCells count="1">{string.Concat(Enumerable.Repeat("<mergeCell ", 80_000))}</mergeCells></worksheet>
        """;

    [Theory]
    [InlineData("1E+300")]
    [InlineData("-1E+300")]
    [InlineData("Infinity")]
    public void Import_DurationTooLargeForATimeSpan_KeepsTheNumber(string raw)
    {
        var book = WithSheet($"""
            <worksheet xmlns="{Main}"><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>Cliente</t></is></c><c r="B1" t="inlineStr"><is><t>Notas</t></is></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>Minera Andina</t></is></c><c r="B2" s="1"><v>{raw}</v></c></row>
            </sheetData></worksheet>
            """, styles: $"""<styleSheet xmlns="{Main}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="46"/></cellXfs></styleSheet>""");

        var result = TestBooks.Import(book);

        Assert.Single(result.Clients);
        Assert.Equal(0, result.RowsRejected);
    }

    private static byte[] WithSheet(string sheet, string? styles = null)
    {
        var bytes = new XlsxBuilder().Sheet("Hoja1", s => s.Row("Cliente").Row("A")).Build();
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            Replace(zip, "xl/worksheets/sheet1.xml", sheet);
            if (styles is not null)
                Replace(zip, "xl/styles.xml", styles);
        }

        return stream.ToArray();
    }

    private static void Replace(ZipArchive zip, string path, string content)
    {
        zip.GetEntry(path)!.Delete();
        XlsxBuilder.Write(zip, path, content);
    }
}
