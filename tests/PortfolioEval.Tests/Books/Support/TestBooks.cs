using System.Globalization;
using System.Text;
using PortfolioEval.Books;

namespace PortfolioEval.Tests.Books.Support;

/// <summary>Short ways to inspect and import a book held in memory.</summary>
internal static class TestBooks
{
    public static readonly DateOnly AsOf = new(2026, 6, 30);

    public static BookReadOptions Options(string culture = "es-PE") =>
        new() { AsOf = AsOf, Culture = CultureInfo.GetCultureInfo(culture) };

    public static BookInspection Inspect(byte[] book, BookReadOptions? options = null) =>
        BookInspector.Inspect(new MemoryStream(book), options ?? Options());

    /// <summary>
    /// Inspects, then imports with the suggested mapping, as a candidate who confirms everything would, and as the
    /// portal does: in one pass, the inspection having settled the columns, the next rows read on a second thread
    /// (every other batch, as when requests come and go).
    /// </summary>
    public static BookImportResult Import(byte[] book, BookReadOptions? options = null)
    {
        options ??= Options();
        var inspection = Inspect(book, options);
        var mapping = inspection.SuggestedMapping() ?? throw new InvalidOperationException("no client column suggested");
        var asked = 0;
        Task? EveryOther(Action work) => asked++ % 2 == 0
            ? Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            : null;
        return BookReader.ReadStreamed(new MemoryStream(book), options, mapping, inspection, helper: EveryOther).ToResult();
    }

    public static byte[] Csv(string text, Encoding? encoding = null, bool bom = false)
    {
        encoding ??= new UTF8Encoding(false);
        var body = encoding.GetBytes(text);
        return bom ? [.. encoding.GetPreamble(), .. body] : body;
    }

    public static Encoding Windows1252 => CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static Encoding Cp850 => CodePagesEncodingProvider.Instance.GetEncoding(850)!;

    public static ImportedClient Client(this BookImportResult result, string name) =>
        result.Clients.Single(c => c.ClientName == name);

    /// <summary>The accounting identity every import must satisfy.</summary>
    public static void AssertAccountsForEveryRow(this BookImportResult result)
    {
        Assert.Equal(result.RowsRead, result.RowsImported + result.RowsRejected + result.BlankRowsSkipped + result.RowsLost + result.RowsOpen);
        Assert.Equal(result.RowsImported, result.Clients.Count + result.RowsAggregated);
        Assert.Equal(result.RowsImported, result.Clients.Sum(c => c.RowCount));
        Assert.Equal(result.RowsRejected, result.Rejections.Where(r => !r.Kept).Select(r => r.SheetRowNumber).Distinct().Count());
        // Warnings are problems of imported rows: never of a rejected one.
        Assert.Equal(result.RowsWithWarnings, result.Rejections.Where(r => r.Kept).Select(r => r.SheetRowNumber).Distinct().Count());
        Assert.Empty(result.Rejections.Where(r => r.Kept).Select(r => r.SheetRowNumber).Intersect(result.Rejections.Where(r => !r.Kept).Select(r => r.SheetRowNumber)));
    }
}
