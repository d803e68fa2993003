using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PortfolioEval.Books;
using PortfolioEval.Privacy;
using PortfolioEval.Scoring;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Scoring;

/// <summary>The doc's CSV, read by the real reader and pseudonymised, scores exactly like the hand-built book.</summary>
public class WorkedExampleCsvTests
{
    [Fact]
    public void Score_WorkedExampleCsvThroughTheImport_GivesTheDocumentedReport()
    {
        var options = new BookReadOptions { AsOf = WorkedExample.AsOf, Culture = CultureInfo.GetCultureInfo("es-PE") };
        var bytes = Encoding.UTF8.GetBytes(WorkedExample.Csv);
        var mapping = BookInspector.Inspect(new MemoryStream(bytes), options).SuggestedMapping()
            ?? throw new InvalidOperationException("The reader found no client column.");
        var imported = BookReader.Read(new MemoryStream(bytes), options, mapping);
        var secret = CandidateSecret.New();
        var clients = imported.Clients.Select(c => Pseudonymiser.Pseudonymise(c, secret)).ToList();

        var report = ScoringEngine.Score(clients, new BookFacts(imported.RowsRead, imported.RowsRejected), WorkedExample.AsOf, WorkedExample.Settings, WorkedExample.Sectors);

        Assert.Equal(9, imported.RowsRead);
        Assert.Equal(1, imported.RowsRejected);
        // Pseudonyms are keyed by the candidate's secret, so only they may differ.
        Assert.Equal(ReportJson.WithoutPseudonyms(WorkedExample.Report()), ReportJson.WithoutPseudonyms(report));
    }
}

/// <summary>
/// A report as JSON: records holding lists compare lists by reference, JSON compares what is in them. Decimals are
/// written without trailing zeros: 53000 and 53000.00 are the same amount, read from "53000" or "53000,00".
/// </summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new PlainDecimal() } };

    public static string Of(ScoreReport report) => JsonSerializer.Serialize(report, Options);

    public static string WithoutPseudonyms(ScoreReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Of(report with { Reactivation = report.Reactivation with { ClientPseudonyms = [] } });
    }
}

internal sealed class PlainDecimal : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.ToString("G29", CultureInfo.InvariantCulture));
}
