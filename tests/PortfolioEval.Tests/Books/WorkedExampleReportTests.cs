using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Data;
using PortfolioEval.Scoring;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Tests.Scoring.Support;
using PortfolioEval.Web.Scoring;

namespace PortfolioEval.Tests.Books;

/// <summary>
/// docs/SCORING.md's worked example through the portal: its CSV uploaded over HTTP on its as-of date, the report
/// opened with its sectors and target, and exactly the documented report comes back.
/// </summary>
public sealed class WorkedExampleReportTests : IDisposable
{
    private readonly PortfolioFactory _app = new() { FixedNow = new DateTimeOffset(2026, 3, 31, 12, 0, 0, TimeSpan.Zero) };

    [Fact]
    public async Task UploadedWorkedExample_ReportsExactlyWhatTheDocumentSays()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        using var imported = await client.ConfirmMappingAsync(await client.UploadBookAsync("ejemplo.csv", Encoding.UTF8.GetBytes(WorkedExample.Csv)));
        var reportPath = imported.Headers.Location!.OriginalString.Replace("Summary", "Report", StringComparison.Ordinal);

        var page = await client.GetDocumentAsync($"{reportPath}?Sectors=4711&Target=20000&TargetCurrency=PEN");
        var portal = await PortalReportAsync(Guid.Parse(reportPath.Split('/')[^1]));

        Assert.Equal("62", page.QuerySelector("[data-testid=composite-score]")!.TextContent);
        // The dollar client converted into soles, with the sol's rate to the dollar and its date beside it.
        var converted = page.QuerySelector("[data-testid=converted]")!.TextContent;
        Assert.Contains("11.280 PEN", converted, StringComparison.Ordinal);
        Assert.Contains("1 USD = 3,76 PEN", converted, StringComparison.Ordinal);
        Assert.Contains("31/12/2024", converted, StringComparison.Ordinal);
        Assert.Equal(Comparable(WorkedExample.Report()), Comparable(portal));
    }

    [Fact]
    public async Task UploadedWorkedExample_OwnReport_LeavesRelevanceOutUntilSectorsAreChosen()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        using var imported = await client.ConfirmMappingAsync(await client.UploadBookAsync("ejemplo.csv", Encoding.UTF8.GetBytes(WorkedExample.Csv)));

        var page = await client.GetDocumentAsync(imported.Headers.Location!.OriginalString.Replace("Summary", "Report", StringComparison.Ordinal));

        var components = page.QuerySelectorAll("[data-testid=composite] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, components.Count);
        Assert.DoesNotContain(components, c => c.Contains("Relevancia", StringComparison.Ordinal));
        Assert.Contains("composición sectorial", page.QuerySelector("[data-testid=relevance]")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<ScoreReport> PortalReportAsync(Guid bookId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var book = await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().ClientBooks.SingleAsync(b => b.Id == bookId);
        return await scope.ServiceProvider.GetRequiredService<BookReports>().PreviewAsync(book, WorkedExample.Settings, CancellationToken.None);
    }

    // Pseudonyms differ (the portal's are keyed, the document's are stand-ins), and so may a decimal's scale
    // (50000,00 in the CSV, 50_000m in the document); every figure must not.
    private static readonly JsonSerializerOptions ByValue = new() { Converters = { new DecimalByValue() } };

    private static string Comparable(ScoreReport report) => JsonSerializer.Serialize(report with
    {
        Reactivation = report.Reactivation with { ClientPseudonyms = [] },
    }, ByValue);

    private sealed class DecimalByValue : System.Text.Json.Serialization.JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.ToString("0.############################", CultureInfo.InvariantCulture));
    }

    public void Dispose() => _app.Dispose();
}
