using System.Globalization;
using PortfolioEval.Bench.Measuring;
using PortfolioEval.Bench.Pipeline;

namespace PortfolioEval.Bench.Report;

/// <summary>Prints one book's figures: the pipeline with its phases, the floors, and the targets.</summary>
public static class BookTable
{
    public static void Write(TextWriter output, BookResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var pipeline = result.Pipeline;
        var run = pipeline.Result;
        output.WriteLine();
        output.WriteLine(Invariant($"== {result.Book.Label} · {Format.Megabytes(result.Bytes)} · medians of {pipeline.Runs} runs after a warm-up =="));
        output.WriteLine(Invariant($"   {run.RowsRead:N0} rows read, {run.Clients:N0} clients, {run.RowsRejected:N0} rejected; {Format.Megabytes(run.StoredBytes)} would be stored"));
        output.WriteLine(Invariant($"   {"",-40} {"time",9} {"rows/s",11} {"peak RSS",9} {"peak heap",10} {"allocated",10}"));
        Line(output, "whole import pipeline", pipeline, result.RowsPerSecond);
        // Consecutive phases: their wall time, its share of the import's, and the process's CPU over them (a phase on
        // two cores shows up to twice its time). The phases beside the scoring: each one's own time and its thread's CPU.
        output.WriteLine(Invariant($"     {"phase (wall time; beside: own time)",-38} {"time",9} {"share",11} {"CPU",9}"));
        foreach (var phase in Enum.GetValues<Phase>())
        {
            var (time, cpu) = (run.Phases[(int)phase], run.PhasesCpu[(int)phase]);
            var share = PhaseClock.IsBeside(phase) ? "beside" : (time / run.Wall).ToString("P0", CultureInfo.InvariantCulture);
            output.WriteLine(Invariant($"     {PhaseName(phase),-38} {Format.Time(time),9} {share,11} {Format.Time(cpu),9}"));
        }

        Floor(output, "floor: ExcelDataReader read, every cell", result.ExcelDataReader, run.RowsRead);
        Floor(output, "floor: unzip + XmlReader pass", result.Xml, run.RowsRead);
        Floor(output, "floor: bytes split into fields", result.CsvSplit, run.RowsRead);
        Floor(output, "floor: ChunkedCipher over the file", result.CsvEncrypt, run.RowsRead);
        Floor(output, "floor: Sylvan.Data.Csv, every field", result.CsvRead, run.RowsRead);
        Floor(output, "floor: 6 HMACs a client + records' AES-GCM", result.ClientWork, run.RowsRead);
        Floor(output, "floor: the same on 2 cores", result.ClientWorkTwoCores, run.RowsRead);
        if (result.HonestFloor is { } honest)
        {
            output.WriteLine(Invariant($"   {"honest floor (parse + per-client work)",-40} {Format.Time(honest),9} {Format.Count(run.RowsRead / honest.TotalSeconds),11}"));
        }

        if (result.HonestFloorTwoCores is { } honestTwo)
        {
            output.WriteLine(Invariant($"   {"honest floor, per-client work on 2 cores",-40} {Format.Time(honestTwo),9} {Format.Count(run.RowsRead / honestTwo.TotalSeconds),11}"));
        }

        if (result.ScoreStored is { } score)
        {
            Line(output, "score stored clients (rescoring)", score, score.Result.Clients / score.Elapsed.TotalSeconds);
            output.WriteLine(Invariant($"     {score.Result.Clients:N0} clients scored; report JSON {Format.Kilobytes(score.Result.ReportBytes)}; stored records {Format.Megabytes(run.ClientBytes)}"));
        }

        output.WriteLine(Invariant($"   {"target",-40} {"measured",9} {"bound",11} {"",9}"));
        foreach (var check in Targets.For(result))
            output.WriteLine(Invariant($"   {check.Name,-40} {check.Value,9} {check.Bound,11} {Format.Verdict(check.Met),9}"));
    }

    /// <summary>Phase names as the README uses them (the phase timings are those of the median run by time).</summary>
    public static string PhaseName(Phase phase) => phase switch
    {
        Phase.Inspect => "detect + inspect (upload)",
        Phase.EncryptOriginal => "encrypt original (upload)",
        Phase.DecryptOriginal => "open original (decrypted as read)",
        Phase.Read => "read (one pass, decryption included, 2 cores)",
        Phase.Pseudonymise => "pseudonymise (6 HMACs a client, 2 cores)",
        Phase.ScoreBesideRecords => "score beside records + labels (2 cores)",
        Phase.EncryptClients => "  beside: encode + encrypt clients",
        Phase.Labels => "  beside: labels (told apart, in memory)",
        _ => "  beside: score, encrypt report",
    };

    private static void Floor(TextWriter output, string name, Summary<long>? floor, int rows)
    {
        if (floor is not null)
            Line(output, name, floor, rows / floor.Elapsed.TotalSeconds);
    }

    private static void Line<T>(TextWriter output, string name, Summary<T> summary, double rowsPerSecond) =>
        output.WriteLine(Invariant(
            $"   {name,-40} {Format.Time(summary.Elapsed),9} {Format.Count(rowsPerSecond),11} {Format.Megabytes(summary.PeakResident),9} {Format.Megabytes(summary.PeakManaged),10} {Format.Megabytes(summary.Allocated),10}"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
