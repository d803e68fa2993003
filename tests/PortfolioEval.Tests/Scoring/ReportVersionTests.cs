using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Books;
using PortfolioEval.Data;
using PortfolioEval.Privacy;
using PortfolioEval.Scoring;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Books;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Tests.Scoring.Support;
using PortfolioEval.Web.Books;
using PortfolioEval.Web.Storage;
using StoredReport = PortfolioEval.Web.Scoring.ReportJson;

namespace PortfolioEval.Tests.Scoring;

/// <summary>A report stored by version 1 or 2 stays readable and labelled; rescoring makes a report of the current version.</summary>
public sealed class ReportVersionTests : IDisposable
{
    private static readonly string[] AddedByVersion2 = ["Currencies", "Activity", "Signs", "BookValue"];
    private static readonly string[] AddedToTheCompositeByVersion2 = ["Uncapped", "Gates", "NotEnoughToJudge"];

    private readonly PortfolioFactory _app = new() { FixedNow = new DateTimeOffset(2026, 3, 31, 12, 0, 0, TimeSpan.Zero) };

    [Fact]
    public async Task StoredVersion1Report_IsShownAsItWas_Labelled_AndRescoringMakesTheCurrentVersion()
    {
        var (client, reportPath, bookId) = await UploadWorkedExampleAsync();
        await StoreAsVersion1Async(bookId, composite: 70);

        var old = await client.GetDocumentAsync(reportPath);

        Assert.Equal("70", old.QuerySelector("[data-testid=composite-score]")!.TextContent);
        Assert.NotNull(old.QuerySelector("[data-testid=older-version]"));
        Assert.NotNull(old.QuerySelector("[data-testid=version-label]"));
        Assert.Null(old.QuerySelector("[data-testid=composite-scale]"));
        Assert.NotNull(old.QuerySelector("[data-testid=valuation-v1]"));
        Assert.Null(old.QuerySelector("[data-testid=book-value]"));

        using var rescored = await client.SubmitAsync(old, reportPath, new Dictionary<string, string>(), "[data-testid=older-version] form");
        Assert.Equal(HttpStatusCode.Redirect, rescored.StatusCode);
        var current = await client.GetDocumentAsync(reportPath);

        Assert.Null(current.QuerySelector("[data-testid=older-version]"));
        Assert.NotNull(current.QuerySelector("[data-testid=composite-scale]"));
        Assert.NotNull(current.QuerySelector("[data-testid=book-value]"));
        Assert.Null(current.QuerySelector("[data-testid=valuation-v1]"));
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Equal(ScoringEngine.Version, await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().ClientBooks
            .Where(b => b.Id == bookId).Select(b => b.ReportVersion).SingleAsync());
    }

    [Fact]
    public async Task StoredVersion2Report_IsShownAsItWas_LabelledVersion2_AndRescoringMakesTheCurrentVersion()
    {
        var (client, reportPath, bookId) = await UploadWorkedExampleAsync();
        await StoreAsVersion2Async(bookId);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var old = await client.GetDocumentAsync(reportPath);

        Assert.Contains("(version 2)", old.QuerySelector("[data-testid=older-version]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("(version 2)", old.QuerySelector("[data-testid=version-label]")!.TextContent, StringComparison.Ordinal);
        // Version 2 placed every client's value at its last contact: its report says so, as it did.
        Assert.Contains("one last-contact date per client", old.QuerySelector("[data-testid=window-rule]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(old.QuerySelector("[data-testid=book-value]"));

        using var rescored = await client.SubmitAsync(old, reportPath, new Dictionary<string, string>(), "[data-testid=older-version] form");
        Assert.Equal(HttpStatusCode.Redirect, rescored.StatusCode);
        var current = await client.GetDocumentAsync(reportPath);

        Assert.Null(current.QuerySelector("[data-testid=older-version]"));
        Assert.Null(current.QuerySelector("[data-testid=version-label]"));
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Equal(ScoringEngine.Version, await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().ClientBooks
            .Where(b => b.Id == bookId).Select(b => b.ReportVersion).SingleAsync());
    }

    [Fact]
    public async Task StoredVersion3Report_IsShownAsItWas_LabelledVersion3_AndRescoringSaysWhichValuesDealValueReads()
    {
        var (client, reportPath, bookId) = await UploadWorkedExampleAsync();
        await StoreAsVersion3Async(bookId);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var old = await client.GetDocumentAsync(reportPath);

        Assert.Contains("(version 3)", old.QuerySelector("[data-testid=older-version]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("(version 3)", old.QuerySelector("[data-testid=version-label]")!.TextContent, StringComparison.Ordinal);
        // Version 3 did not say which values deal value read: its report says nothing new.
        Assert.Null(old.QuerySelector("[data-testid=deal-value-window]"));

        using var rescored = await client.SubmitAsync(old, reportPath, new Dictionary<string, string>(), "[data-testid=older-version] form");
        Assert.Equal(HttpStatusCode.Redirect, rescored.StatusCode);
        var current = await client.GetDocumentAsync(reportPath);

        Assert.Null(current.QuerySelector("[data-testid=version-label]"));
        // The worked example gives one row per client: each client's value as the book gives it, and the page says so.
        Assert.Contains("the book has no dated sales", current.QuerySelector("[data-testid=deal-value-window]")!.TextContent, StringComparison.Ordinal);
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Equal(ScoringEngine.Version, await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().ClientBooks
            .Where(b => b.Id == bookId).Select(b => b.ReportVersion).SingleAsync());
    }

    /// <summary>A candidate uploads the worked example; their client, the report's path and the book.</summary>
    private async Task<(HttpClient Client, string ReportPath, Guid BookId)> UploadWorkedExampleAsync()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        using var imported = await client.ConfirmMappingAsync(await client.UploadBookAsync("ejemplo.csv", Encoding.UTF8.GetBytes(WorkedExample.Csv)));
        var reportPath = imported.Headers.Location!.OriginalString.Replace("Summary", "Report", StringComparison.Ordinal);
        return (client, reportPath, Guid.Parse(reportPath.Split('/')[^1]));
    }

    /// <summary>Replaces the stored report by what version 3 stored: the same figures, without saying which values they read.</summary>
    private Task StoreAsVersion3Async(Guid bookId) => StoreAsync(bookId, 3, json =>
    {
        json["DealValue"]!.AsObject().Remove("LastTwelveMonths");
        json["Signs"]!.AsObject().Remove("LastTwelveMonths");
        json["BookValue"]!["Concentration"]!.AsObject().Remove("LastTwelveMonths");
        return json["Composite"]!["Score"]!.GetValue<int>();
    });

    /// <summary>Replaces the stored report by what version 2 stored: the same figures, without the count of clients by sale date.</summary>
    private Task StoreAsVersion2Async(Guid bookId) => StoreAsync(bookId, 2, json =>
    {
        json["Activity"]!.AsObject().Remove("ClientsBySaleDate");
        return json["Composite"]!["Score"]!.GetValue<int>();
    });

    /// <summary>Replaces the stored report by what version 1 stored: no version-2 figures, its own composite.</summary>
    private Task StoreAsVersion1Async(Guid bookId, int composite) => StoreAsync(bookId, 1, json =>
    {
        foreach (var added in AddedByVersion2)
            json.Remove(added);
        var v1Composite = json["Composite"]!.AsObject();
        v1Composite["Score"] = composite;
        foreach (var added in AddedToTheCompositeByVersion2)
            v1Composite.Remove(added);
        return composite;
    });

    /// <summary>Replaces the stored report by <paramref name="change"/> of it, marked as made by <paramref name="version"/>.</summary>
    private async Task StoreAsync(Guid bookId, int version, Func<JsonObject, int> change)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var book = await db.ClientBooks.SingleAsync(b => b.Id == bookId);
        var json = JsonNode.Parse((await scope.ServiceProvider.GetRequiredService<CandidateBooks>().DecryptAsync(book, BookContentKind.Report, CancellationToken.None))!)!.AsObject();
        json["ScoringVersion"] = version;
        var composite = change(json);
        var report = StoredReport.Deserialize(Encoding.UTF8.GetBytes(json.ToJsonString()));

        var secret = (await scope.ServiceProvider.GetRequiredService<CandidateKeys>().FindAsync(book.CandidateId, CancellationToken.None))!;
        db.BookContents.Remove(await db.BookContents.SingleAsync(c => c.BookId == bookId && c.Kind == BookContentKind.Report));
        db.BookContents.Add(new BookContent(bookId, BookContentKind.Report,
            ChunkedCipher.Encrypt(StoredReport.Serialize(report), secret.DataKey, BookContent.Context(bookId, BookContentKind.Report))));
        book.Scored(composite, report.AsOf, version);
        await db.SaveChangesAsync();
    }

    public void Dispose() => _app.Dispose();
}
