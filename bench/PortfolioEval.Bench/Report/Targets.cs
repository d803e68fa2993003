namespace PortfolioEval.Bench.Report;

/// <summary>A target checked against a book: the measured value, the bound, and whether it is met.</summary>
/// <param name="Met">Null when the target does not apply to this book (another format, or another size).</param>
public sealed record TargetCheck(string Name, string Value, string Bound, bool? Met);

/// <summary>Issue 18's targets (and issue 13's memory item), in one place; issue 8's older ratios for information.</summary>
public static class Targets
{
    public const double HonestFloorRatio = 1.5;
    public const double ExcelDataReaderRatio = 1.2;
    public const double InspectionShare = 0.10;

    /// <summary>Issue 13, item 10: a million distinct clients score within this peak.</summary>
    public const long ScorePeakBytes = 500L * 1000 * 1000;

    /// <summary>A million-client report's JSON stays under this.</summary>
    public const long ReportBytes = 1000L * 1000;

    /// <summary>The ratios are stated at 100k and 1M rows; the memory and report size at a million clients.</summary>
    public const int RatioRows = 100_000, TargetClients = 1_000_000;

    // Issue 8's, printed for information only.
    private const double OldXmlRatio = 4, OldCsvRatio = 3;

    public static IReadOnlyList<TargetCheck> For(BookResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var time = result.Pipeline.Elapsed;
        var checks = new List<TargetCheck>();
        var atRatioSize = result.Book.Rows >= RatioRows;
        var atClients = result.Pipeline.Result.Clients >= TargetClients;
        if (BookResult.Ratio(time, result.HonestFloor) is { } honest)
            checks.Add(Ratio("pipeline / honest floor", honest, HonestFloorRatio, atRatioSize));
        if (BookResult.Ratio(time, result.HonestFloorTwoCores) is { } honestTwo)
            checks.Add(Ratio("pipeline / honest floor on 2 cores", honestTwo, HonestFloorRatio, atRatioSize));
        if (BookResult.Ratio(time, result.ExcelDataReader?.Elapsed) is { } edr)
            checks.Add(Ratio("pipeline / ExcelDataReader read", edr, ExcelDataReaderRatio, result.Book.IsXlsx && atRatioSize));
        checks.Add(new TargetCheck("upload inspection, share of pipeline", Format.Percent(result.InspectionShare),
            $"<= {Format.Percent(InspectionShare)}", result.InspectionShare <= InspectionShare));
        if (result.ScoreStored is { } score)
        {
            checks.Add(new TargetCheck("scoring stored clients, peak RSS", Format.Megabytes(score.PeakResident),
                $"<= {Format.Megabytes(ScorePeakBytes)}", atClients ? score.PeakResident <= ScorePeakBytes : null));
            checks.Add(new TargetCheck("report JSON", Format.Kilobytes(score.Result.ReportBytes),
                $"< {Format.Kilobytes(ReportBytes)}", atClients ? score.Result.ReportBytes < ReportBytes : null));
        }

        if (BookResult.Ratio(time, result.Xml?.Elapsed) is { } xml)
            checks.Add(Ratio("(issue 8) pipeline / unzip + XmlReader", xml, OldXmlRatio, false));
        if (BookResult.Ratio(time, result.CsvFloor) is { } csv)
            checks.Add(Ratio("(issue 8) pipeline / (split + encrypt)", csv, OldCsvRatio, false));
        return checks;
    }

    private static TargetCheck Ratio(string name, double value, double bound, bool applies) =>
        new(name, Format.Ratio(value), $"<= {Format.Ratio(bound)}", applies ? value <= bound : null);
}
