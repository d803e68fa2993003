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
        var content = File.ReadAllBytes(book.Path);
        var name = Path.GetFileName(book.Path);
        var result = new BookResult(book, content.Length, Runner.Measure(() => ImportPipeline.Run(content, name), runs));
        if (result.Pipeline.Result.RowsRead != book.Rows)
            throw new InvalidDataException($"The pipeline read {result.Pipeline.Result.RowsRead} rows of a {book.Rows}-row book.");

        return book.Format switch
        {
            BenchFormat.Csv => result with
            {
                CsvSplit = Runner.Measure(() => CsvFloor.SplitFields(content, (byte)CsvStyle.SpanishExcel.Delimiter), runs),
                CsvEncrypt = Runner.Measure(() => CsvFloor.Encrypt(content), runs),
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
