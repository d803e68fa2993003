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

    /// <summary>Sylvan.Data.Csv reading every field (csv): issue 18's CSV parse floor.</summary>
    public Summary<long>? CsvRead { get; init; }

    /// <summary>The product's per-client work alone: six pseudonyms a client and the records' encryption.</summary>
    public Summary<long>? ClientWork { get; init; }

    /// <summary>The same per-client work spread over two cores, as the pipeline spreads its own when no request waits.</summary>
    public Summary<long>? ClientWorkTwoCores { get; init; }

    /// <summary>The engine again over the stored clients (decrypted as read), with the report's JSON and encryption.</summary>
    public Summary<(int Clients, long ReportBytes)>? ScoreStored { get; init; }

    /// <summary>The parse floor of the format: Sylvan (csv), unzip + XmlReader (xlsx), ExcelDataReader (xls).</summary>
    public TimeSpan? ParseFloor => (CsvRead ?? Xml ?? ExcelDataReader)?.Elapsed;

    /// <summary>Issue 18's honest floor: the parse floor plus the per-client work, measured apart and added.</summary>
    public TimeSpan? HonestFloor => ParseFloor is { } parse && ClientWork is { } work ? parse + work.Elapsed : null;

    /// <summary>The honest floor with its per-client work on two cores (the parse floor is one reader's, on one).</summary>
    public TimeSpan? HonestFloorTwoCores => ParseFloor is { } parse && ClientWorkTwoCores is { } work ? parse + work.Elapsed : null;

    /// <summary>The share of the pipeline's time the upload's inspection took (median run).</summary>
    public double InspectionShare => Pipeline.Result.Phases[(int)Phase.Inspect] / Pipeline.Result.Wall;

    /// <summary>The CSV floor as issue 8's target reads it: field read plus encryption.</summary>
    public TimeSpan? CsvFloor => CsvSplit is { } split && CsvEncrypt is { } encrypt ? split.Elapsed + encrypt.Elapsed : null;

    public double RowsPerSecond => Pipeline.Result.RowsRead / Pipeline.Elapsed.TotalSeconds;

    public static double? Ratio(TimeSpan numerator, TimeSpan? denominator) =>
        denominator is { Ticks: > 0 } d ? numerator / d : null;
}
