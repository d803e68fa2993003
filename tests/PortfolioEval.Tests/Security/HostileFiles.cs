using System.IO.Compression;
using System.Text;
using PortfolioEval.Fuzz;
using PortfolioEval.Tests.Books.Support;

namespace PortfolioEval.Tests.Security;

/// <summary>
/// The hostile-file generator of the security regression suite: a bounded, repeatable set of files built to break the
/// readers or the server's memory: zip bombs, billion laughs and external entities in a workbook's XML, truncations
/// and random mutations of the sample books, huge-column CSVs and a long single field. Each is small on disk.
/// </summary>
internal static class HostileFiles
{
    public sealed record HostileFile(string Name, string FileName, byte[] Content);

    private const string Sheet = "xl/worksheets/sheet1.xml";
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static IEnumerable<HostileFile> All(int mutationsPerSample = 3, int seed = 20)
    {
        yield return new("zip bomb: one 400 MB sheet of spaces", "bomba.xlsx", ZipBomb(400));
        yield return new("billion laughs in the sheet", "risas.xlsx", SmallBookWith(Sheet, BillionLaughs));
        yield return new("billion laughs in the shared strings", "risas2.xlsx", SmallBookWith("xl/sharedStrings.xml", BillionLaughs));
        yield return new("external entity to /etc/passwd", "xxe.xlsx", SmallBookWith(Sheet, ExternalEntity("file:///etc/passwd")));
        yield return new("external entity to a web address", "xxe2.xlsx", SmallBookWith(Sheet, ExternalEntity("http://127.0.0.1:9/x")));
        yield return new("parameter entity to a web address", "xxe3.xlsx", SmallBookWith("xl/workbook.xml",
            "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/p.dtd\"> %p;]><workbook xmlns=\"" + Main + "\"/>"));
        yield return new("csv: header and a million commas", "comas.csv", CommaBomb(1_000_000));
        yield return new("csv: a million tabs", "tabs.tsv", Encoding.ASCII.GetBytes("Cliente\t" + new string('\t', 1_000_000) + "\nAcme\t1\n"));
        yield return new("csv: 16,000 blank fields of 100 spaces", "blancos.csv", Encoding.ASCII.GetBytes("Cliente;Monto\nA;1\n" + string.Concat(Enumerable.Repeat(new string(' ', 100) + ";", 16_000)) + "x\n"));
        yield return new("csv: one 5 MB field", "campo.csv", Encoding.ASCII.GetBytes("Cliente;Notas\r\nA;\"" + new string('x', 5_000_000) + "\"\r\n"));
        yield return new("csv: one 5 MB line without a delimiter", "linea.csv", Encoding.ASCII.GetBytes("Cliente\r\n" + new string('x', 5_000_000) + "\r\n"));
        yield return new("csv: a quote never closed over 3 MB", "comilla.csv", Encoding.ASCII.GetBytes("Cliente;Notas\r\nA;\"" + string.Concat(Enumerable.Repeat("x;\r\n", 750_000))));

        var samples = Samples().ToList();
        foreach (var (name, content) in samples)
        {
            foreach (var share in new[] { 0.1, 0.5, 0.9 })
                yield return new($"{name} cut at {share:P0}", name, content[..(int)(content.Length * share)]);
            yield return new($"{name} without its last byte", name, content[..^1]);
        }

        var mutator = new Mutator(seed);
        var corpus = samples.Select(s => s.Content).ToList();
        foreach (var (name, content) in samples)
        {
            for (var i = 0; i < mutationsPerSample; i++)
                yield return new($"{name} mutation {i + 1}", name, mutator.Mutate(content, corpus));
        }
    }

    public static IEnumerable<(string Name, byte[] Content)> Samples() =>
        Directory.EnumerateFiles(Testing.RepositoryFiles.SamplesFolder)
            .Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".xlsx", StringComparison.Ordinal) || f.EndsWith(".xls", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)));

    /// <summary>A header of "Cliente", then <paramref name="commas"/> commas, then one client: issue 20's file is 24 million.</summary>
    public static byte[] CommaBomb(int commas) => HostileCsvTests.CommaBomb(commas);

    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
        <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
        <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
        <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
        <row r="1"><c r="A1" t="inlineStr"><is><t>Cliente</t></is></c></row>
        <row r="2"><c r="A2" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>
        """;

    private static string ExternalEntity(string target) => $"""
        <?xml version="1.0"?>
        <!DOCTYPE w [<!ENTITY xxe SYSTEM "{target}">]>
        <worksheet xmlns="{Main}"><sheetData>
        <row r="1"><c r="A1" t="inlineStr"><is><t>Cliente</t></is></c><c r="B1" t="inlineStr"><is><t>Monto</t></is></c></row>
        <row r="2"><c r="A2" t="inlineStr"><is><t>&xxe;</t></is></c><c r="B2"><v>100</v></c></row></sheetData></worksheet>
        """;

    private static byte[] SmallBook() => new XlsxBuilder().Sheet("Cartera", s => s.Row("Cliente", "Monto").Row("Andina", 100).Row("Cóndor", 200)).Build();

    private static byte[] SmallBookWith(string path, string content)
    {
        using var stream = new MemoryStream();
        stream.Write(SmallBook());
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(path)?.Delete();
            XlsxBuilder.Write(zip, path, content);
        }

        return stream.ToArray();
    }

    // A sheet part of spaces after its opening tag: it deflates about a thousand to one.
    private static byte[] ZipBomb(int megabytes)
    {
        using var stream = new MemoryStream();
        stream.Write(SmallBook());
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(Sheet)!.Delete();
            using var part = zip.CreateEntry(Sheet, CompressionLevel.Optimal).Open();
            part.Write(Encoding.ASCII.GetBytes($"<worksheet xmlns=\"{Main}\"><sheetData>"));
            var spaces = new byte[1024 * 1024];
            spaces.AsSpan().Fill((byte)' ');
            for (var i = 0; i < megabytes; i++)
                part.Write(spaces);
            part.Write("</sheetData></worksheet>"u8);
        }

        return stream.ToArray();
    }
}
