using System.Globalization;
using System.Text;

namespace PortfolioEval.Tests.Books.Support;

/// <summary>
/// Random but well-formed worksheet and shared-string parts, spelled every way a writer may spell them: with or without
/// a declaration, byte-order mark and namespace prefix; rows and cells with and without references and with gaps;
/// every cell type (numbers however written, shared and inline strings with runs and phonetic readings, formulas with
/// and without cached values, booleans, errors, ISO dates, styled dates and durations); entities, character references,
/// CDATA, comments, line ends, whitespace, single quotes, self-closing tags, and now and then a text longer than a buffer.
/// </summary>
internal sealed class RandomSheets(int seed)
{
    private static readonly string[] Words = ["Minera", "Andina", "S.A.C.", "Agro", "Norte", "ñandú", "café", "Ω", "😀", "a&b", "<x>", "\"q\"", "'a'", "_x000D_", "_x0041_", "  ", "\t", "\r\n", "\n", "0", "12.5", "-3", "1E+3", "TRUE", "#N/A", "2026-05-04"];

    private readonly Random random = new(seed);

    public string Prefix { get; private set; } = "";

    public int SharedCount { get; private set; }

    public byte[] SharedStrings()
    {
        Prefix = random.Next(4) == 0 ? "x:" : "";
        SharedCount = random.Next(0, 12);
        var xml = new StringBuilder(Head()).Append(CultureInfo.InvariantCulture, $"<{Prefix}sst {Namespace()} count=\"{SharedCount}\">");
        for (var i = 0; i < SharedCount; i++)
        {
            xml.Append(Spaces());
            xml.Append(random.Next(6) == 0 ? $"<{Prefix}si/>" : $"<{Prefix}si>{Item()}</{Prefix}si>");
        }

        return Encode(xml.Append(CultureInfo.InvariantCulture, $"</{Prefix}sst>").Append(Spaces()).ToString());
    }

    public byte[] Sheet()
    {
        Prefix = random.Next(4) == 0 ? "x:" : "";
        var p = Prefix;
        var xml = new StringBuilder(Head()).Append(CultureInfo.InvariantCulture, $"<{p}worksheet {Namespace()}>{Spaces()}");
        if (random.Next(2) == 0)
            xml.Append(CultureInfo.InvariantCulture, $"<{p}dimension ref=\"A1:{Column(random.Next(10))}{random.Next(1, 60)}\"/>");
        xml.Append(random.Next(3) == 0 ? $"<{p}sheetViews><{p}sheetView workbookViewId=\"0\"/></{p}sheetViews>" : "");
        xml.Append(CultureInfo.InvariantCulture, $"<{p}sheetData>");
        var row = 0;
        for (var r = random.Next(0, 30); r > 0; r--)
        {
            row += random.Next(4) == 0 ? random.Next(2, 5) : 1;
            xml.Append(Spaces()).Append(Comment());
            var number = random.Next(8) == 0 ? "" : $" r={Quote(row.ToString(CultureInfo.InvariantCulture))}";
            var spans = random.Next(3) == 0 ? " spans=\"1:5\"" : "";
            if (random.Next(10) == 0)
            {
                xml.Append(CultureInfo.InvariantCulture, $"<{p}row{number}{spans}/>");
                continue;
            }

            xml.Append(CultureInfo.InvariantCulture, $"<{p}row{number}{spans}>");
            var column = 0;
            for (var c = random.Next(0, 9); c > 0; c--)
            {
                column += random.Next(5) == 0 ? random.Next(2, 4) : 1;
                xml.Append(Spaces()).Append(Comment()).Append(Cell(random.Next(6) == 0 ? null : $"{Column(column - 1)}{row}"));
            }

            xml.Append(CultureInfo.InvariantCulture, $"</{p}row>");
        }

        xml.Append(CultureInfo.InvariantCulture, $"</{p}sheetData>");
        if (random.Next(3) == 0)
            xml.Append(CultureInfo.InvariantCulture, $"<{p}mergeCells count=\"1\"><{p}mergeCell ref=\"A1:C1\"/></{p}mergeCells>");
        return Encode(xml.Append(CultureInfo.InvariantCulture, $"</{p}worksheet>").Append(Spaces()).ToString());
    }

    private string Cell(string? reference)
    {
        var p = Prefix;
        var attributes = new List<string>();
        if (reference is not null)
            attributes.Add($"r={Quote(Escape(reference, attribute: true))}");
        string? type = null;
        string content;
        switch (random.Next(12))
        {
            case 0: content = Value(Number()); break;
            case 1: type = "s"; content = Value(random.Next(-1, SharedCount + 2).ToString(CultureInfo.InvariantCulture)); break;
            case 2: type = "inlineStr"; content = random.Next(5) == 0 ? $"<{p}is/>" : $"<{p}is>{Item()}</{p}is>"; break;
            case 3: type = "str"; content = $"<{p}f>CONCAT(A1,&quot;x&quot;)</{p}f>" + Value(Text()); break;
            case 4: type = "b"; content = Value(random.Next(2).ToString(CultureInfo.InvariantCulture)); break;
            case 5: type = "e"; content = Value("#DIV/0!"); break;
            case 6: type = "d"; content = Value(random.Next(3) == 0 ? "2026-13-45" : "2026-05-04"); break;
            case 7: attributes.Add($"s={Quote(random.Next(0, 4).ToString(CultureInfo.InvariantCulture))}"); content = Value(random.Next(-100, 80_000).ToString(CultureInfo.InvariantCulture)); break;
            case 8: content = $"<{p}f t=\"shared\" si=\"0\"/>" + (random.Next(2) == 0 ? Value(Number()) : ""); break;
            case 9: content = random.Next(2) == 0 ? "" : $"<{p}v/>"; break;
            case 10: type = random.Next(2) == 0 ? "n" : "zz"; content = Value(Text()); break;
            default: content = Value(Number()) + $"<{p}extLst><{p}ext uri=\"u\"><{p}v>9</{p}v></{p}ext></{p}extLst>"; break;
        }

        if (type is not null)
            attributes.Add($"t={Quote(Escape(type, attribute: true))}");
        attributes = [.. attributes.OrderBy(_ => random.Next())];
        var open = $"<{p}c{string.Concat(attributes.Select(a => (random.Next(5) == 0 ? "\n  " : " ") + a))}";
        return content.Length == 0 && random.Next(2) == 0 ? open + "/>" : $"{open}>{content}</{p}c>";
    }

    private string Item()
    {
        var p = Prefix;
        if (random.Next(3) > 0)
            return $"<{p}t{Preserve()}>{Escape(Text())}</{p}t>";
        var runs = new StringBuilder();
        for (var r = random.Next(1, 4); r > 0; r--)
            runs.Append(CultureInfo.InvariantCulture, $"<{p}r>{(random.Next(2) == 0 ? $"<{p}rPr><{p}b/><{p}sz val=\"11\"/></{p}rPr>" : "")}<{p}t{Preserve()}>{Escape(Text())}</{p}t></{p}r>");
        if (random.Next(3) == 0)
            runs.Append(CultureInfo.InvariantCulture, $"<{p}rPh sb=\"0\" eb=\"1\"><{p}t>ルビ</{p}t></{p}rPh><{p}phoneticPr fontId=\"1\"/>");
        return runs.ToString();
    }

    private string Value(string raw) => $"<{Prefix}v>{Escape(raw)}</{Prefix}v>";

    private string Text()
    {
        if (random.Next(40) == 0)
            return string.Concat(Enumerable.Range(0, random.Next(40_000, 90_000)).Select(i => (char)('a' + (i % 26)))) + "ñ";
        return string.Join(random.Next(2) == 0 ? " " : "", Enumerable.Range(0, random.Next(0, 4)).Select(_ => Words[random.Next(Words.Length)]));
    }

    private string Number() => random.Next(9) switch
    {
        0 => " 7 ",
        1 => "1E+300",
        2 => "-0.5",
        3 => "1,234.5",
        4 => "texto",
        _ => (random.NextDouble() * 100_000).ToString("R", CultureInfo.InvariantCulture),
    };

    // Text as XML holds it, each character in one of its spellings: as it is, as an entity or a character reference, in CDATA.
    private string Escape(string text, bool attribute = false)
    {
        if (!attribute && random.Next(8) == 0 && !text.Contains("]]>", StringComparison.Ordinal))
            return $"<![CDATA[{text}]]>";
        var xml = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var c = rune.ToString();
            var spelled = random.Next(10) == 0;
            xml.Append(c switch
            {
                "&" => spelled ? "&#38;" : "&amp;",
                "<" => spelled ? "&#x3C;" : "&lt;",
                ">" => spelled ? "&#62;" : "&gt;",
                "\"" => attribute || spelled ? "&quot;" : "\"",
                "'" => attribute || spelled ? "&apos;" : "'",
                "\r" => spelled ? "&#13;" : "\r",
                "\t" or "\n" when attribute => $"&#{rune.Value};",
                _ when spelled => $"&#{rune.Value};",
                _ => c,
            });
        }

        return xml.ToString();
    }

    private string Quote(string value) => random.Next(4) == 0 ? $"'{value}'" : $"\"{value}\"";

    private string Preserve() => random.Next(3) == 0 ? " xml:space=\"preserve\"" : "";

    private string Spaces() => random.Next(4) switch
    {
        0 => "\n",
        1 => "\r\n  ",
        2 => " \t",
        _ => "",
    };

    private string Comment() => random.Next(12) == 0 ? "<!-- c -->" : random.Next(30) == 0 ? "<?pi data?>" : "";

    private string Head() => random.Next(3) switch
    {
        0 => "",
        1 => "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n",
        _ => "<?xml version='1.0'?>",
    };

    private string Namespace() => Prefix.Length > 0
        ? $"xmlns:x=\"{RawXlsx.Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
        : $"xmlns=\"{RawXlsx.Main}\"";

    private byte[] Encode(string xml)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);
        return random.Next(4) == 0 ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }

    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);
}
