using PortfolioEval.Bench.Books;
using PortfolioEval.Bench.Measuring;
using PortfolioEval.Bench.Pipeline;

namespace PortfolioEval.Bench.Report;

/// <summary>Everything measured for one book: the pipeline and the floors that apply to its format.</summary>
public sealed record BookResult(BenchBook Book, long Bytes, Summary<ImportRun> Pipeline)
{
    /// <summary>ExcelDataReader reading every cell (xlsx and xls).</summary>
    public Summary<long>? ExcelDataReader { get; init; }

    /// <summary>Unzip + one XmlReader pass (xlsx).</summary>
    public Summary<long>? Xml { get; init; }

    /// <summary>Quote-aware field split of the bytes (csv).</summary>
    public Summary<long>? CsvSplit { get; init; }

    /// <summary>ChunkedCipher over the whole file (csv).</summary>
    public Summary<long>? CsvEncrypt { get; init; }

    /// <summary>The CSV floor as the target reads it: field read plus encryption.</summary>
    public TimeSpan? CsvFloor => CsvSplit is { } split && CsvEncrypt is { } encrypt ? split.Elapsed + encrypt.Elapsed : null;

    public double RowsPerSecond => Pipeline.Result.RowsRead / Pipeline.Elapsed.TotalSeconds;

    public static double? Ratio(TimeSpan numerator, TimeSpan? denominator) =>
        denominator is { Ticks: > 0 } d ? numerator / d : null;
}
