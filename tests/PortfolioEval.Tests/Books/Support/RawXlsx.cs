using System.IO.Compression;
using System.Text;
using PortfolioEval.Books;
using PortfolioEval.Books.Xlsx;

namespace PortfolioEval.Tests.Books.Support;

/// <summary>
/// A one-sheet workbook around a worksheet part given byte for byte (so a test can hand the reader bytes that are not
/// UTF-8, or a part cut short), with two styles (general, and a date) and the shared strings given.
/// </summary>
internal static class RawXlsx
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public const string Strings = """<si><t>Minera Andina</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">Agro </t></r><r><t>Norte</t></r><rPh sb="0" eb="1"><t>ルビ</t></rPh></si>""";

    /// <summary>A sheet part from its sheetData's rows, in the main namespace, without a declaration.</summary>
    public static byte[] Sheet(string rows) => Encoding.UTF8.GetBytes($"""<worksheet xmlns="{Main}"><sheetData>{rows}</sheetData></worksheet>""");

    public static byte[] Book(byte[] sheet, byte[]? sharedStrings = null)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string path, byte[] bytes)
            {
                using var stream = zip.CreateEntry(path).Open();
                stream.Write(bytes);
            }

            Part("xl/workbook.xml", Encoding.UTF8.GetBytes($"""<workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Cartera" sheetId="1" r:id="rId1"/></sheets></workbook>"""));
            Part("xl/_rels/workbook.xml.rels", Encoding.UTF8.GetBytes("""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"""));
            Part("xl/styles.xml", Encoding.UTF8.GetBytes($"""<styleSheet xmlns="{Main}"><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="46"/></cellXfs></styleSheet>"""));
            Part("xl/sharedStrings.xml", sharedStrings ?? Encoding.UTF8.GetBytes($"""<sst xmlns="{Main}">{Strings}</sst>"""));
            Part("xl/worksheets/sheet1.xml", sheet);
        }

        return output.ToArray();
    }

    public static List<SheetRow> Read(byte[] book)
    {
        using var source = new XlsxSource(new MemoryStream(book));
        return [.. source.ReadSheet(0, default)];
    }

    public static List<SheetRow> ReadSheet(byte[] sheet) => Read(Book(sheet));
}
