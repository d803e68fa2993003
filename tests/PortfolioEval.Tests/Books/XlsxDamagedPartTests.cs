using System.Text;
using PortfolioEval.Books;
using PortfolioEval.Tests.Books.Support;

namespace PortfolioEval.Tests.Books;

/// <summary>
/// A damaged sheet is refused, not half read: each kind of damage the scanner owes the candidate (tags unbalanced, the
/// part cut short, a bad reference, bytes that are not UTF-8, and the rest of what makes XML well-formed) is refused as
/// damaged or cut short, naming the row and, inside a cell, the column where the reading stopped.
/// </summary>
public class XlsxDamagedPartTests
{
    private const string Good = """<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>""";

    public static TheoryData<string, string, BookError, int?, int?> Damages => new()
    {
        // name, rows after the two good ones (row 3 is where the damage is), error, row, column
        { "an end tag closing another element", """<row r="3"><c r="B3"><v>1</v></row>""", BookError.Corrupt, 3, 2 },
        { "an end tag never opened", """<row r="3"></c></row>""", BookError.Corrupt, 3, null },
        { "an entity XML does not define", """<row r="3"><c r="C3" t="str"><v>a &bogus; b</v></c></row>""", BookError.Corrupt, 3, 3 },
        { "an '&' alone", """<row r="3"><c r="C3" t="str"><v>a & b</v></c></row>""", BookError.Corrupt, 3, 3 },
        { "a reference to a control character", """<row r="3"><c r="D3" t="str"><v>&#1;</v></c></row>""", BookError.Corrupt, 3, 4 },
        { "a reference past Unicode", """<row r="3"><c r="D3" t="str"><v>&#x110000;</v></c></row>""", BookError.Corrupt, 3, 4 },
        { "a bad entity in an attribute", """<row r="3"><c r="A3&nbsp;"><v>1</v></c></row>""", BookError.Corrupt, 3, null },
        { "a raw control character", "<row r=\"3\"><c r=\"B3\" t=\"str\"><v>a\u0001b</v></c></row>", BookError.Corrupt, 3, 2 },
        { "a repeated attribute", """<row r="3"><c r="B3" r="C3"><v>1</v></c></row>""", BookError.Corrupt, 3, null },
        { "an attribute without quotes", """<row r="3"><c r=B3><v>1</v></c></row>""", BookError.Corrupt, 3, null },
        { "a '<' in an attribute", """<row r="3"><c r="B<3"><v>1</v></c></row>""", BookError.Corrupt, 3, null },
        { "a value holding an element", """<row r="3"><c r="B3"><v>1<b>2</b></v></c></row>""", BookError.Corrupt, 3, 2 },
        { "\"]]>\" in text", """<row r="3"><c r="B3" t="str"><v>a]]>b</v></c></row>""", BookError.Corrupt, 3, 2 },
        { "\"--\" in a comment", """<row r="3"><!-- a -- b --><c r="B3"><v>1</v></c></row>""", BookError.Corrupt, 3, null },
        { "a '<' that starts no tag", """<row r="3"><c r="B3"><v>1</v></c>< c/></row>""", BookError.Corrupt, 3, null },
        { "an undeclared prefix", """<row r="3"><y:c r="B3"><v>1</v></y:c></row>""", BookError.Corrupt, 3, null },
        { "an unclosed CDATA section at the end", """<row r="3"><c r="B3"><v><![CDATA[1""", BookError.Truncated, 3, 2 },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public void DamageInRowThree_IsRefusedNamingWhere(string damage, string rows, BookError error, int? row, int? column)
    {
        var sheet = RawXlsx.Sheet(Good + rows);

        var refused = Assert.Throws<BookReadException>(() => RawXlsx.ReadSheet(sheet));

        Assert.True(refused.Error == error && refused.Row == row && refused.Column == column,
            $"{damage}: {refused.Error} at row {refused.Row}, column {refused.Column} ({refused.Detail})");
    }

    [Theory]
    [InlineData(0xFF)]
    [InlineData(0xC3, 0x28)] // a lead byte followed by no continuation
    [InlineData(0xE2, 0x82)] // a three-byte character cut to two
    [InlineData(0xC0, 0xAF)] // an overlong '/'
    [InlineData(0xED, 0xA0, 0x80)] // a surrogate written as UTF-8
    public void BytesThatAreNotUtf8_InACell_AreRefusedNamingTheCell(params int[] bad)
    {
        var sheet = Concat("""<row r="1"><c r="A1"><v>1</v></c></row><row r="4"><c r="C4" t="str"><v>ab""", [.. bad.Select(b => (byte)b)], "cd</v></c></row>");

        var refused = Assert.Throws<BookReadException>(() => RawXlsx.ReadSheet(sheet));

        Assert.Equal((BookError.Corrupt, 4, 3), (refused.Error, refused.Row, refused.Column));
        Assert.Contains("UTF-8", refused.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void CharacterCut_AtTheEndOfThePart_IsRefused()
    {
        var sheet = Concat($"""<worksheet xmlns="{RawXlsx.Main}"><sheetData></sheetData></worksheet>""", [0xC3], "");

        var refused = Assert.Throws<BookReadException>(() => RawXlsx.ReadSheet(sheet));

        Assert.Equal(BookError.Corrupt, refused.Error);
    }

    [Fact]
    public void PartCutShort_EverywhereInItsLastRow_IsRefusedAsCutNamingTheRow()
    {
        var whole = RawXlsx.Sheet(Good + """<row r="3"><c r="A3" t="inlineStr"><is><t>Agro</t></is></c><c r="B3" s="1"><v>46146</v></c></row>""");
        var lastRow = Encoding.UTF8.GetString(whole).IndexOf("<row r=\"3\"", StringComparison.Ordinal);

        for (var cut = lastRow + 1; cut < whole.Length - 1; cut++)
        {
            var refused = Assert.Throws<BookReadException>(() => RawXlsx.ReadSheet(whole[..cut]));

            Assert.True(refused.Error == BookError.Truncated && (refused.Row == 3 || (refused.Row == 2 && cut < lastRow + 11)),
                $"cut at {cut}: {refused.Error} at row {refused.Row} ({refused.Detail})");
        }
    }

    [Theory]
    [InlineData("after the root", """<worksheet xmlns="M"><sheetData/></worksheet>text""")]
    [InlineData("a second root", """<worksheet xmlns="M"><sheetData/></worksheet><worksheet/>""")]
    [InlineData("a document type", """<!DOCTYPE worksheet [<!ENTITY e "x">]><worksheet xmlns="M"><sheetData/></worksheet>""")]
    [InlineData("a declaration after the start", """ <?xml version="1.0"?><worksheet xmlns="M"><sheetData/></worksheet>""")]
    [InlineData("a declaration of another version", """<?xml version="2.0"?><worksheet xmlns="M"><sheetData/></worksheet>""")]
    [InlineData("a declaration spelled wrong", """<?xml vresion="1.0"?><worksheet xmlns="M"><sheetData/></worksheet>""")]
    [InlineData("no element at all", """<?xml version="1.0"?>""")]
    [InlineData("the part cut after its rows", """<worksheet xmlns="M"><sheetData><row r="1"><c><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/>""")]
    public void DamageOutsideTheRows_IsRefusedToo(string damage, string xml)
    {
        var refused = Record.Exception(() => RawXlsx.ReadSheet(Encoding.UTF8.GetBytes(xml)));

        Assert.True(refused is BookReadException { Error: BookError.Corrupt or BookError.Truncated }, $"{damage}: {refused?.Message ?? "read"}");
    }

    [Fact]
    public void DamagedSharedStrings_AreRefusedNamingTheItem()
    {
        var strings = Encoding.UTF8.GetBytes($"""<sst xmlns="{RawXlsx.Main}"><si><t>a</t></si><si><t>b &x; c</t></si></sst>""");

        var refused = Assert.Throws<BookReadException>(() => RawXlsx.Read(RawXlsx.Book(RawXlsx.Sheet(Good), strings)));

        Assert.Equal(BookError.Corrupt, refused.Error);
        Assert.Contains("shared strings, item 2", refused.Detail, StringComparison.Ordinal);
    }

    private static byte[] Concat(string before, byte[] middle, string after)
    {
        var head = before.StartsWith("<worksheet", StringComparison.Ordinal) ? before : $"""<worksheet xmlns="{RawXlsx.Main}"><sheetData>{before}""";
        var tail = before.StartsWith("<worksheet", StringComparison.Ordinal) ? after : after + "</sheetData></worksheet>";
        return [.. Encoding.UTF8.GetBytes(head), .. middle, .. Encoding.UTF8.GetBytes(tail)];
    }
}
