using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Privacy;
using PortfolioEval.Recruiting;
using PortfolioEval.Scoring;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Scoring;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Tests.Recruiting;

/// <summary>One row of an opening's dashboard as a recruiter's browser shows it.</summary>
internal sealed record DashboardRow(Guid ConsentId, Guid BookId, string Label, string SharedName, ShortlistStatus Status,
    int Composite, int Freshness, int? Relevance, int DealValue, int Quality, string AsOf, IElement Element)
{
    public int ScoreOf(RankingColumn column) => column switch
    {
        RankingColumn.Composite => Composite,
        RankingColumn.Freshness => Freshness,
        RankingColumn.Relevance => Relevance ?? -1,
        RankingColumn.DealValue => DealValue,
        RankingColumn.Quality => Quality,
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };
}

/// <summary>An opening's dashboard read through HTML and posted as a browser would, and what the database holds behind it.</summary>
internal static class DashboardSteps
{
    public static string DashboardUrl(Guid openingId, string query = "") => $"/Recruiter/Openings/Dashboard/{openingId}{query}";

    public static IReadOnlyList<DashboardRow> Rows(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=candidate-row]").Select(row => new DashboardRow(
            Guid.Parse(row.GetAttribute("data-consent-id")!),
            Guid.Parse(row.GetAttribute("data-book-id")!),
            Text(row, "label"),
            Text(row, "shared-name"),
            Enum.Parse<ShortlistStatus>(row.GetAttribute("data-status")!),
            int.Parse(Score(row, "composite"), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Score(row, "freshness"), System.Globalization.CultureInfo.InvariantCulture),
            int.TryParse(Score(row, "relevance"), System.Globalization.CultureInfo.InvariantCulture, out var relevance) ? relevance : null,
            int.Parse(Score(row, "dealvalue"), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Score(row, "quality"), System.Globalization.CultureInfo.InvariantCulture),
            Text(row, "as-of"),
            row))];

    public static async Task<IReadOnlyList<DashboardRow>> RowsAsync(this HttpClient client, string url) => Rows(await client.GetDocumentAsync(url));

    private static string Text(IElement row, string testId) => row.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();

    /// <summary>A score cell's number: its badge's text, or the cell's when it holds no badge.</summary>
    private static string Score(IElement row, string column)
    {
        var cell = row.QuerySelector($"[data-testid={column}]")!;
        return (cell.QuerySelector("[data-testid=score]") ?? cell).TextContent.Trim();
    }

    /// <summary>The shared reports of the opening's consents, as stored (the figures in the clear), by consent.</summary>
    public static async Task<Dictionary<Guid, SharedReport>> SharedReportsAsync(this PortfolioFactory app, Guid openingId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        return await db.SharedReports.AsNoTracking()
            .Where(r => db.Consents.Any(c => c.Id == r.ConsentId && c.OpeningId == openingId))
            .ToDictionaryAsync(r => r.ConsentId);
    }

    /// <summary>The report a company reads under the consent, decrypted here with the candidate's key.</summary>
    public static async Task<ScoreReport> DecryptedReportAsync(this PortfolioFactory app, CandidateConsent consent)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var shared = await db.SharedReports.AsNoTracking().SingleAsync(r => r.ConsentId == consent.Id);
        var secret = await scope.ServiceProvider.GetRequiredService<CandidateKeys>().FindAsync(consent.CandidateId, CancellationToken.None);
        return ReportJson.Deserialize(ChunkedCipher.Decrypt(shared.Ciphertext, secret!.DataKey, SharedReport.Context(consent.Id)));
    }

    public static async Task<List<AccessLogEntry>> AccessLogOfConsentAsync(this PortfolioFactory app, Guid consentId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().AccessLog.AsNoTracking()
            .Where(e => e.ConsentId == consentId).ToListAsync();
    }

    public static async Task<ShortlistEntry?> ShortlistEntryAsync(this PortfolioFactory app, Guid consentId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().Shortlist.AsNoTracking().SingleOrDefaultAsync(e => e.ConsentId == consentId);
    }

    /// <summary>Picks <paramref name="status"/> in the row's status form and posts it, as a browser would.</summary>
    public static async Task<HttpResponseMessage> MoveAsync(this HttpClient client, string dashboardUrl, Guid consentId, ShortlistStatus status)
    {
        var page = await client.GetDocumentAsync(dashboardUrl);
        return await client.SubmitAsync(page, dashboardUrl, new Dictionary<string, string> { ["status"] = status.ToString() },
            $"form[data-testid=status-form][data-consent-id='{consentId}']");
    }

    /// <summary>Writes <paramref name="note"/> in the row's note form and posts it.</summary>
    public static async Task<HttpResponseMessage> WriteNoteAsync(this HttpClient client, string dashboardUrl, Guid consentId, string note)
    {
        var page = await client.GetDocumentAsync(dashboardUrl);
        return await client.SubmitAsync(page, dashboardUrl, new Dictionary<string, string> { ["note"] = note },
            $"form[data-testid=note-form][data-consent-id='{consentId}']");
    }
}
