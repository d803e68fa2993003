using System.Globalization;

namespace PortfolioEval.Bench.Report;

/// <summary>The run's figures as one Markdown table (ready for bench/README.md), then memory against book size.</summary>
public static class RunSummary
{
    public static void Write(TextWriter output, IReadOnlyList<BookResult> results)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        output.WriteLine();
        output.WriteLine("| book | rows | file | pipeline | rows/s | peak RSS | parse floor | per-client floor | honest floor | pipeline/honest | honest, 2 cores | pipeline/honest 2 cores | ExcelDataReader | pipeline/EDR | inspection | score peak RSS | score peak heap | report JSON |");
        output.WriteLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var r in results)
        {
            var time = r.Pipeline.Elapsed;
            output.WriteLine(string.Join(" | ",
                "| " + Books.BenchBook.FormatName(r.Book.Format),
                r.Book.Rows.ToString("N0", CultureInfo.InvariantCulture),
                Format.Megabytes(r.Bytes),
                Format.Time(time),
                Format.Count(r.RowsPerSecond),
                Format.Megabytes(r.Pipeline.PeakResident),
                Time(r.ParseFloor),
                Time(r.ClientWork?.Elapsed),
                Time(r.HonestFloor),
                Ratio(BookResult.Ratio(time, r.HonestFloor)),
                Time(r.HonestFloorTwoCores),
                Ratio(BookResult.Ratio(time, r.HonestFloorTwoCores)),
                Time(r.ExcelDataReader?.Elapsed),
                Ratio(BookResult.Ratio(time, r.ExcelDataReader?.Elapsed)),
                Format.Percent(r.InspectionShare),
                r.ScoreStored is { } s ? Format.Megabytes(s.PeakResident) : "—",
                r.ScoreStored is { } h ? Format.Megabytes(h.PeakManaged) : "—",
                r.ScoreStored is { } j ? Format.Kilobytes(j.Result.ReportBytes) : "—") + " |");
        }

        output.WriteLine();
        output.WriteLine("Peak resident memory of the pipeline by book size (flat means the largest book peaks within 1.25x of the next smaller):");
        foreach (var format in results.GroupBy(r => r.Book.Format).Where(g => g.Count() > 1))
        {
            var sizes = format.OrderBy(r => r.Book.Rows).ToList();
            var flat = sizes[^1].Pipeline.PeakResident <= 1.25 * sizes[^2].Pipeline.PeakResident;
            var peaks = string.Join(", ", sizes.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Book.Rows:N0}: {Format.Megabytes(r.Pipeline.PeakResident)}")));
            output.WriteLine($"  {Books.BenchBook.FormatName(format.Key),-24} {peaks}  -> {(flat ? "flat" : "grows with rows")}");
        }
    }

    private static string Time(TimeSpan? time) => time is { } t ? Format.Time(t) : "—";

    private static string Ratio(double? ratio) => ratio is { } r ? Format.Ratio(r) : "—";
}
