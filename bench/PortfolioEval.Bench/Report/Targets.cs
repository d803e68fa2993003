namespace PortfolioEval.Bench.Report;

/// <summary>One of issue 8's targets checked against a book: the measured value, the bound, and whether it is met.</summary>
/// <param name="Met">Null when the target does not apply to this book (another format, or not the 1M-row size).</param>
public sealed record TargetCheck(string Name, string Value, string Bound, bool? Met);

/// <summary>Issue 8's import targets, in one place.</summary>
public static class Targets
{
    public const double ExcelDataReaderRatio = 1.5;
    public const double XmlRatio = 4;
    public const double CsvRatio = 3;
    public const long PeakBytes = 300L * 1000 * 1000;

    /// <summary>The peak-memory and CSV targets are stated for a 1M-row book; smaller books are reported against them for information.</summary>
    public const int TargetRows = 1_000_000;

    public static IReadOnlyList<TargetCheck> For(BookResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var time = result.Pipeline.Elapsed;
        var checks = new List<TargetCheck>();
        var xlsx = result.Book.IsXlsx;
        var atSize = result.Book.Rows >= TargetRows;
        if (BookResult.Ratio(time, result.ExcelDataReader?.Elapsed) is { } edr)
            checks.Add(Ratio("pipeline / ExcelDataReader read", edr, ExcelDataReaderRatio, xlsx));
        if (BookResult.Ratio(time, result.Xml?.Elapsed) is { } xml)
            checks.Add(Ratio("pipeline / unzip + XmlReader", xml, XmlRatio, xlsx));
        if (BookResult.Ratio(time, result.CsvFloor) is { } csv)
            checks.Add(Ratio("pipeline / (field split + encryption)", csv, CsvRatio, atSize));
        checks.Add(new TargetCheck("peak resident memory", Format.Megabytes(result.Pipeline.PeakResident),
            $"< {Format.Megabytes(PeakBytes)}", atSize ? result.Pipeline.PeakResident < PeakBytes : null));
        return checks;
    }

    private static TargetCheck Ratio(string name, double value, double bound, bool applies) =>
        new(name, Format.Ratio(value), $"<= {Format.Ratio(bound)}", applies ? value <= bound : null);
}
