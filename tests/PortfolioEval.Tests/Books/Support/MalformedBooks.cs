using System.IO.Compression;
using System.Text;
using PortfolioEval.Books;

namespace PortfolioEval.Tests.Books.Support;

/// <summary>Crafted broken or hostile files, each with the one error the reader must answer with.</summary>
internal static class MalformedBooks
{
    public sealed record Case(Func<byte[]> Make, BookError Expected, Func<BookReadOptions, BookReadOptions>? Adjust = null);

    private static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Xlsx(Action<SheetSpec> sheet) => new XlsxBuilder().Sheet("Hoja1", sheet).Build();

    private static byte[] SmallBook() => Xlsx(s => s.Row("Cliente", "Monto").Row("Andina", 100).Row("Cóndor", 200));

    private static byte[] Random(int length, int seed)
    {
        var bytes = new byte[length];
        new System.Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Zip(params (string Path, byte[] Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in entries)
            {
                using var stream = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    // Replaces one zip entry's text after the builder wrote a valid workbook.
    private static byte[] XlsxWithPart(string path, string content)
    {
        var bytes = SmallBook();
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(path)!.Delete();
            XlsxBuilder.Write(zip, path, content);
        }

        return stream.ToArray();
    }

    // Flips bytes inside the compressed data of the sheet, leaving the zip's directory intact.
    private static byte[] XlsxWithDamagedSheet()
    {
        var bytes = Xlsx(s =>
        {
            s.Row("Cliente", "Monto");
            for (var i = 0; i < 300; i++)
                s.Row($"Cliente número {i}", i * 10.5);
        });
        var at = bytes.AsSpan().IndexOf("xl/worksheets/sheet1.xml"u8) + 40;
        for (var i = at; i < at + 64; i++)
            bytes[i] ^= 0x5A;
        return bytes;
    }

    public static readonly IReadOnlyDictionary<string, Case> All = new Dictionary<string, Case>
    {
        ["empty file"] = new(() => [], BookError.Empty),
        ["only blank lines"] = new(() => Text("\r\n\r\n   \r\n;;;\r\n"), BookError.Empty),
        ["empty xlsx sheet"] = new(() => Xlsx(_ => { }), BookError.Empty),
        ["csv header only"] = new(() => Text("Cliente;Fecha;Monto\r\n"), BookError.HeaderOnly),
        ["xlsx header only"] = new(() => Xlsx(s => s.Row("Cliente", "Monto")), BookError.HeaderOnly),
        ["xlsx merged title only"] = new(() => Xlsx(s => s.Row("Cartera de clientes").Merge("A1:E1")), BookError.HeaderOnly),
        ["header then a million empty rows"] = new(() => Xlsx(s =>
        {
            s.Row("Cliente", "Monto");
            s.RawRows = """<row r="1048576"><c r="A1048576" s="1"/></row>""";
        }), BookError.HeaderOnly),
        ["random bytes"] = new(() => Random(4096, 7), BookError.UnknownFormat),
        ["png renamed .xlsx"] = new(() => [0x89, .. "PNG\r\n\x1A\n"u8, 0, 0, 0, 13, .. "IHDR"u8, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0], BookError.UnknownFormat),
        ["pdf renamed .csv"] = new(() => Text("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), BookError.UnknownFormat),
        ["html table saved as .xls"] = new(() => Text("<html><body><table><tr><td>Cliente</td></tr></table></body></html>"), BookError.UnknownFormat),
        ["rtf renamed .txt"] = new(() => Text("{\\rtf1\\ansi Cliente\\par}"), BookError.UnknownFormat),
        ["gzip renamed .csv"] = new(() => [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, .. Random(64, 3)], BookError.UnknownFormat),
        ["utf-16 without bom"] = new(() => Encoding.Unicode.GetBytes("Cliente;Monto\r\nAndina;100\r\n"), BookError.UnknownFormat),
        ["docx renamed .xlsx"] = new(() => Zip(("word/document.xml", Text("<w:document/>")), ("[Content_Types].xml", Text("<Types/>"))), BookError.UnknownFormat),
        ["zip without a workbook"] = new(() => Zip(("notes.txt", Text("Cliente;Monto"))), BookError.UnknownFormat),
        ["empty zip"] = new(() => Zip(), BookError.UnknownFormat),
        ["truncated xlsx"] = new(() => SmallBook()[..(SmallBook().Length * 6 / 10)], BookError.Truncated),
        ["xlsx cut to its first bytes"] = new(() => SmallBook()[..64], BookError.Truncated),
        ["xlsx with damaged sheet data"] = new(XlsxWithDamagedSheet, BookError.Corrupt),
        ["xlsx with malformed sheet xml"] = new(() => XlsxWithPart("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row></sheetData></worksheet>"), BookError.Corrupt),
        ["xlsx whose workbook part is not xml"] = new(() => XlsxWithPart("xl/workbook.xml", "this is not xml"), BookError.Corrupt),
        ["zip bomb (ratio)"] = new(() => new XlsxBuilder().Sheet("Hoja1", s => s.Row("Cliente").Row("A"))
            .Build(zip => XlsxBuilder.Write(zip, "xl/media/padding.bin", new string('0', 8 * 1024 * 1024))), BookError.ZipBomb),
        ["zip beyond the uncompressed limit"] = new(SmallBook, BookError.ZipBomb, o => o with { Limits = o.Limits with { MaxUncompressedBytes = 2_000 } }),
        ["password-protected xlsx (encrypted OLE package)"] = new(() => CfbBuilder.WithStreams("EncryptionInfo", "EncryptedPackage"), BookError.PasswordProtected),
        ["ole container that is no workbook"] = new(() => CfbBuilder.WithStreams("Hello"), BookError.Corrupt),
        ["ole header followed by garbage"] = new(() => [.. CfbBuilder.WithStreams()[..8], .. Random(4088, 11)], BookError.Corrupt),
        ["truncated xls"] = new(() => Fixtures.Read("cartera-libreoffice.xls")[..5000], BookError.Truncated),
        ["data in column XFD"] = new(() => Xlsx(s =>
        {
            s.Dimension = "A1:XFD3";
            s.Row("Cliente", "Monto").Row("A", 1);
            s.RawRows = """<row r="3"><c r="A3" t="inlineStr"><is><t>B</t></is></c><c r="XFD3"><v>1</v></c></row>""";
        }), BookError.TooManyColumns),
        ["cell referenced far past column XFD"] = new(() => Xlsx(s =>
        {
            s.Row("Cliente", "Monto").Row("A", 1);
            s.RawRows = """<row r="3"><c r="A3" t="inlineStr"><is><t>B</t></is></c><c r="ZZZZZZ3"><v>1</v></c></row>""";
        }), BookError.TooManyColumns),
        ["csv with 250 columns"] = new(() => Text("Cliente;Monto\r\nA;1" + new string(';', 248) + "x\r\n"), BookError.TooManyColumns),
        ["xlsx cell of 40,000 characters"] = new(() => Xlsx(s => s.Row("Cliente", "Notas").Row("A", new string('x', 40_000))), BookError.CellTooLarge),
        ["csv field of 40,000 characters"] = new(() => Text("Cliente;Notas\r\nA;\"" + new string('x', 40_000) + "\"\r\n"), BookError.CellTooLarge),
        ["csv quote never closed"] = new(() => Text("Cliente;Notas\r\nA;\"sin cerrar\r\nB;1\r\n"), BookError.Corrupt),
        ["more rows than allowed"] = new(() => Text("Cliente\r\n" + string.Concat(Enumerable.Range(0, 150).Select(i => $"C{i}\r\n"))),
            BookError.TooManyRows, o => o with { Limits = o.Limits with { MaxRows = 100 } }),
        ["xlsx row beyond the row limit"] = new(() => Xlsx(s => s.Row("Cliente").Row("A").RowAt(60, "B")),
            BookError.TooManyRows, o => o with { Limits = o.Limits with { MaxRows = 50 } }),
        ["no recognisable column"] = new(() => Text("foo;bar\r\nuno;dos\r\ntres;cuatro\r\n"), BookError.NoRecognisableColumn),
        ["sheet index that does not exist"] = new(SmallBook, BookError.SheetNotFound, o => o with { SheetIndex = 3 }),
        ["sheet name that does not exist"] = new(SmallBook, BookError.SheetNotFound, o => o with { SheetName = "Ventas 2027" }),
    };
}
