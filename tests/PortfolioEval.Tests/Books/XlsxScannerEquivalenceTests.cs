using System.Globalization;
using System.Text;
using System.Xml;
using PortfolioEval.Books;
using PortfolioEval.Books.Xlsx;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Books.Support;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Books;

/// <summary>
/// The byte scanner against the XmlReader reader it replaced: on every xlsx the tests know and on random workbooks
/// spelled every way a writer may (<see cref="RandomSheets"/>), the same rows with the same numbers and values, and the
/// same shared strings; on those workbooks damaged at random, a refusal exactly when XmlReader finds the part is not
/// well-formed, and otherwise the same rows.
/// </summary>
[Trait(NoDatabase.Trait, NoDatabase.None)]
public class XlsxScannerEquivalenceTests
{
    // 300 random workbooks a run (seconds); PORTFOLIOEVAL_SCANNER_SEEDS=3000 for a longer hunt.
    private static readonly int Seeds = int.TryParse(Environment.GetEnvironmentVariable("PORTFOLIOEVAL_SCANNER_SEEDS"), CultureInfo.InvariantCulture, out var seeds) ? seeds : 300;

    public static TheoryData<string> Books =>
    [
        .. Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "samples"), "*.xlsx").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal),
        "fixture:cartera-libreoffice.xlsx",
        .. Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "tests", "PortfolioEval.Fuzz", "corpus", "regressions"), "*.xlsx").Select(f => "regression:" + Path.GetFileName(f)),
    ];

    [Theory]
    [MemberData(nameof(Books))]
    public void KnownBook_ScannerReadsWhatXmlReaderRead(string name)
    {
        var bytes = name.StartsWith("fixture:", StringComparison.Ordinal) ? Fixtures.Read(name["fixture:".Length..])
            : name.StartsWith("regression:", StringComparison.Ordinal) ? File.ReadAllBytes(Path.Combine(RepositoryFiles.Root, "tests", "PortfolioEval.Fuzz", "corpus", "regressions", name["regression:".Length..]))
            : RepositoryFiles.ReadSample(name);

        AssertSameReading(bytes);
    }

    [Fact]
    public void RandomWorkbooks_ScannerReadsWhatXmlReaderRead()
    {
        for (var seed = 0; seed < Seeds; seed++)
        {
            var sheets = new RandomSheets(seed);
            var strings = sheets.SharedStrings();
            var sheet = sheets.Sheet();

            Assert.True(IsWellFormed(sheet) && IsWellFormed(strings), $"seed {seed}: the generator wrote malformed XML");
            AssertSameReading(RawXlsx.Book(sheet, strings), $"seed {seed}");
        }
    }

    [Fact]
    public void RandomWorkbooksDamagedAtRandom_AreRefusedExactlyWhenNotWellFormed()
    {
        var refused = 0;
        for (var seed = 0; seed < Seeds; seed++)
        {
            var sheets = new RandomSheets(seed);
            var strings = sheets.SharedStrings();
            var random = new Random(seed);
            for (var damage = 0; damage < 6; damage++)
            {
                var sheet = Damage(sheets.Sheet(), random);
                var book = RawXlsx.Book(sheet, strings);
                var scanned = Outcome(() => ReadWith(book, scanner: true));
                if (!IsWellFormed(sheet))
                {
                    refused++;
                    Assert.True(scanned.Refusal is BookError.Corrupt or BookError.Truncated or BookError.TooManyColumns,
                        $"seed {seed}, damage {damage}: read a part XmlReader refuses ({XmlReaderRefusal(sheet)})");
                }
                else
                {
                    var old = Outcome(() => ReadWith(book, scanner: false));
                    Assert.True(old == scanned, $"seed {seed}, damage {damage}\n{FirstDifference(old, scanned)}");
                }
            }
        }

        Assert.True(refused > Seeds * 2, $"only {refused} of {Seeds * 6} damaged parts were malformed: the damage is too mild to test anything");
    }

    private static void AssertSameReading(byte[] bytes, string because = "")
    {
        var old = Outcome(() => ReadWith(bytes, scanner: false));
        var scanned = Outcome(() => ReadWith(bytes, scanner: true));

        Assert.True(old == scanned, $"{because}\n{FirstDifference(old, scanned)}");
        using var book = new XlsxWorkbook(new MemoryStream(bytes));
        if (Part(bytes, "xl/sharedStrings.xml") is not null)
            Assert.Equal(book.ReadSharedStringsWithXmlReader("xl/sharedStrings.xml"), book.SharedStrings);
    }

    private static string FirstDifference((string Rows, BookError? Refusal) old, (string Rows, BookError? Refusal) scanned)
    {
        if (old.Refusal != scanned.Refusal)
            return $"XmlReader: {old.Refusal?.ToString() ?? "read"}, scanner: {scanned.Refusal?.ToString() ?? "read"}";
        var (a, b) = (old.Rows.Split('\n'), scanned.Rows.Split('\n'));
        var line = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i], Math.Min(a.Length, b.Length) - 1);
        static string Cut(string text) => text.Length > 400 ? text[..400] + "…" : text;
        return $"line {line}\nXmlReader: {Cut(a[line])}\nscanner:   {Cut(b[line])}";
    }

    // Every sheet's rows by one reader, described; a refusal ends the description.
    private static string ReadWith(byte[] bytes, bool scanner)
    {
        using var book = new XlsxWorkbook(new MemoryStream(bytes));
        var text = new StringBuilder();
        foreach (var (_, _, part) in book.Sheets)
        {
            if (part is null)
                continue;
            var rows = scanner ? new XlsxSheetScanner(book).Rows(part, default) : new XlsxSheetReader(book).Rows(part, default);
            foreach (var row in rows)
                text.Append(row.Number).Append(": ").AppendJoin(" | ", row.Cells.Select(Describe)).Append('\n');
        }

        return text.ToString();
    }

    private static (string Rows, BookError? Refusal) Outcome(Func<string> read)
    {
        try
        {
            return (read(), null);
        }
        catch (XmlException)
        {
            return ("", BookError.Corrupt);
        }
        catch (BookReadException refusal)
        {
            return ("", refusal.Error == BookError.Truncated ? BookError.Corrupt : refusal.Error);
        }
    }

    private static string Describe(object? cell) => cell switch
    {
        null => "∅",
        string text => $"String:[{text}]",
        DateTime date => "DateTime:" + date.ToString("O", CultureInfo.InvariantCulture),
        double number => "Double:" + number.ToString("R", CultureInfo.InvariantCulture),
        _ => $"{cell.GetType().Name}:{CellText.Of(cell)}",
    };

    private static bool IsWellFormed(byte[] part) => XmlReaderRefusal(part) is null;

    private static string? XmlReaderRefusal(byte[] part)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(part), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            while (reader.Read())
            {
            }

            return null;
        }
        catch (XmlException refusal)
        {
            return refusal.Message;
        }
    }

    // One random harm: the part cut, a byte lost, a stretch repeated, or something malformed put in.
    private static byte[] Damage(byte[] part, Random random)
    {
        string[] insertions = ["&bogus;", "&#1;", "&", "<", ">", "]]>", "\u0001", "<!--", "-->", "<![CDATA[", "</c>", "<b/>", "\"", "=", "<!DOCTYPE x>", "&#x110000;", "<?xml version=\"1.0\"?>", "y:"];
        var at = random.Next(part.Length);
        return random.Next(6) switch
        {
            0 => part[..at],
            1 => [.. part[..at], .. part[(at + 1)..]],
            2 => [.. part[..at], .. part[at..Math.Min(part.Length, at + random.Next(1, 20))], .. part[at..]],
            3 => [.. part[..at], (byte)random.Next(0x80, 0x100), .. part[at..]],
            _ => [.. part[..at], .. Encoding.UTF8.GetBytes(insertions[random.Next(insertions.Length)]), .. part[at..]],
        };
    }

    private static byte[]? Part(byte[] book, string name)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(book));
        return zip.GetEntry(name) is { } entry ? ReadAll(entry.Open()) : null;
    }

    private static byte[] ReadAll(Stream stream)
    {
        using (stream)
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
