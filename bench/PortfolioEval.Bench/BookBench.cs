using PortfolioEval.Bench.Books;
using PortfolioEval.Bench.Floors;
using PortfolioEval.Bench.Measuring;
using PortfolioEval.Bench.Pipeline;
using PortfolioEval.Bench.Report;
using PortfolioEval.SampleBooks.Books;

namespace PortfolioEval.Bench;

/// <summary>
/// Measures one book: the whole pipeline, then the floors of its format, each warmed up and run the same number of
/// times over the same bytes in memory (an upload arrives as bytes; the disk is not what is measured).
/// </summary>
public static class BookBench
{
    public static BookResult Measure(BenchBook book, int runs)
    {
        ArgumentNullException.ThrowIfNull(book);
        var result = MeasureOverContent(book, runs, out var stored);
        try
        {
            // The book's bytes are let go by now: what is measured is the engine over the stored clients.
            return result with { ScoreStored = Runner.Measure(() => ImportPipeline.ScoreStored(stored), runs) };
        }
        finally
        {
            File.Delete(stored.Path);
        }
    }

    /// <summary>Only the rescoring: one import stores the clients as the full measurement's warm-up does, then the
    /// engine scores the stored clients as <see cref="Measure"/> does.</summary>
    /// <param name="profile">Where to print the live heap after each step of one more, unmeasured rescoring (null: none).</param>
    public static Summary<(int Clients, long ReportBytes)> MeasureRescoring(BenchBook book, int runs, TextWriter? profile = null)
    {
        ArgumentNullException.ThrowIfNull(book);
        var stored = StoreClients(book);
        try
        {
            var summary = Runner.Measure(() => ImportPipeline.ScoreStored(stored), runs);
            if (profile is not null)
                RescoringProfile.Print(stored, profile);
            return summary;
        }
        finally
        {
            File.Delete(stored.Path);
        }
    }

    // Apart, so the book's bytes are let go before the rescoring is measured.
    private static StoredClients StoreClients(BenchBook book)
    {
        ImportPipeline.Run(File.ReadAllBytes(book.Path), Path.GetFileName(book.Path), book.Path + ".clients", out var stored);
        return stored ?? throw new InvalidOperationException("The import kept no clients.");
    }

    private static BookResult MeasureOverContent(BenchBook book, int runs, out StoredClients stored)
    {
        var content = File.ReadAllBytes(book.Path);
        var name = Path.GetFileName(book.Path);
        StoredClients? kept = null;
        var keepAt = book.Path + ".clients";
        // The warm-up run also keeps the clients as stored, for the scoring measured afterwards.
        var result = new BookResult(book, content.Length, Runner.Measure(() =>
        {
            var run = ImportPipeline.Run(content, name, kept is null ? keepAt : null, out var keptNow);
            kept ??= keptNow;
            return run;
        }, runs));
        stored = kept!;
        if (result.Pipeline.Result.RowsRead != book.Rows)
            throw new InvalidDataException($"The pipeline read {result.Pipeline.Result.RowsRead} rows of a {book.Rows}-row book.");

        var run = result.Pipeline.Result;
        result = result with
        {
            ClientWork = Runner.Measure(() => ClientWorkFloor.Run(run.Clients, run.ClientBytes), runs),
            ClientWorkTwoCores = Runner.Measure(() => ClientWorkFloor.RunOnTwoCores(run.Clients, run.ClientBytes), runs),
        };
        return book.Format switch
        {
            BenchFormat.Csv => result with
            {
                CsvSplit = Runner.Measure(() => CsvFloor.SplitFields(content, (byte)CsvStyle.SpanishExcel.Delimiter), runs),
                CsvEncrypt = Runner.Measure(() => CsvFloor.Encrypt(content), runs),
                CsvRead = Runner.Measure(() => CsvFloor.ReadFields(content, CsvStyle.SpanishExcel.Delimiter), runs),
            },
            BenchFormat.Xls => result with { ExcelDataReader = Runner.Measure(() => ExcelDataReaderFloor.Read(content), runs) },
            _ => result with
            {
                ExcelDataReader = Runner.Measure(() => ExcelDataReaderFloor.Read(content), runs),
                Xml = Runner.Measure(() => XmlFloor.Read(content), runs),
            },
        };
    }
}
