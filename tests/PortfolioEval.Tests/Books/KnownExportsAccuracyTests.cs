using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using PortfolioEval.Books;
using PortfolioEval.Sectors;
using Xunit.Abstractions;

namespace PortfolioEval.Tests.Books;

/// <summary>
/// How often the proposed mapping is the one a salesperson would choose, over the header sets of real CRM and ERP
/// exports in <c>KnownExports/</c> (see its README). Prints the accuracy per field; fails under 95% of columns right.
/// </summary>
public class KnownExportsAccuracyTests(ITestOutputHelper output)
{
    private const double Target = 0.95;

    public static TheoryData<string> Files() => [.. ExportFiles().Select(f => Path.GetFileName(f))];

    [Fact]
    public void Proposals_OverEveryKnownExport_AreRightForAtLeast95PercentOfColumns()
    {
        var results = ExportFiles().SelectMany(Check).ToList();

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"{ExportFiles().Count} header sets, {results.Count} columns");
        foreach (var field in results.GroupBy(r => r.Expected).OrderBy(g => g.Key))
            report.AppendLine(CultureInfo.InvariantCulture, $"  {field.Key,-20} {field.Count(r => r.Right),3}/{field.Count(),-3} {Share(field):P1}");
        var overall = Share(results);
        report.AppendLine(CultureInfo.InvariantCulture, $"  {"overall",-20} {results.Count(r => r.Right),3}/{results.Count,-3} {overall:P1}");
        foreach (var wrong in results.Where(r => !r.Right))
            report.AppendLine(CultureInfo.InvariantCulture, $"  wrong: {wrong.File} \"{wrong.Header}\" proposed {wrong.Proposed}, expected {wrong.Expected}");
        output.WriteLine(report.ToString());
        Console.WriteLine(report.ToString());

        Assert.True(ExportFiles().Count >= 20, "Keep at least 20 header sets.");
        Assert.True(overall >= Target, report.ToString());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryKnownExport_GetsItsClientColumnRight(string file)
    {
        var client = Check(Path.Combine(Folder(), file)).Single(r => r.Expected == BookField.Client);

        Assert.True(client.Right, $"{file}: \"{client.Header}\" proposed {client.Proposed}");
    }

    private sealed record Result(string File, string Header, BookField Expected, BookField Proposed)
    {
        public bool Right => Expected == Proposed;
    }

    private static double Share(IEnumerable<Result> results) => results.Count(r => r.Right) / (double)Math.Max(1, results.Count());

    private static IEnumerable<Result> Check(string path)
    {
        var lines = File.ReadAllText(path, Encoding.UTF8).Split('\n', 2);
        var expected = lines[0].Trim().Split(',').Select(Enum.Parse<BookField>).ToList();
        using var book = new MemoryStream(Encoding.UTF8.GetBytes(lines[1]));
        var inspection = BookInspector.Inspect(book, new BookReadOptions
        {
            AsOf = new DateOnly(2026, 6, 30),
            IsKnownSector = text => IsicTaxonomy.Instance.Classify(text) is not null,
        });

        Assert.Equal(expected.Count, inspection.Columns.Count);
        return inspection.Columns.Select(c => new Result(Path.GetFileName(path), c.Header, expected[c.Index], c.SuggestedField)).ToList();
    }

    private static IReadOnlyList<string> ExportFiles() =>
        [.. Directory.GetFiles(Folder(), "*.csv").Order(StringComparer.Ordinal)];

    private static string Folder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "KnownExports");
}
