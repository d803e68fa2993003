using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Consent;
using PortfolioEval.Web.Scoring;
using PortfolioEval.Web.Storage;
using static PortfolioEval.Tests.Recruiting.CompareSteps;

namespace PortfolioEval.Tests.Recruiting;

/// <summary>
/// A comparison reads each report's comparison record, made (its curve drawn) when the candidate shared; snapshots
/// shared before records existed show the same figures and get their record on the first comparison.
/// </summary>
[Collection(SharedPortal.Comparison)]
public class CompareRecordTests(PortfolioFactory app)
{
    private static readonly string[] Charts = ["chart-freshness", "chart-pareto", "chart-sectors"];

    [Fact]
    public async Task Share_StoresTheComparisonRecordMadeFromTheSharedReport()
    {
        var company = await app.NewCompanyWithCandidatesAsync("Registro Al Compartir", ["Ana T."]);
        var consent = company.Consents[0];

        var stored = await app.StoredRecordAsync(consent);

        Assert.NotNull(stored);
        Assert.Equal(Json(ComparisonRecords.Of(await app.DecryptedReportAsync(consent))), Json(stored));
    }

    [Fact]
    public async Task Compare_SnapshotsSharedBeforeRecords_ShowTheSameFiguresAndCharts_AndGetTheirRecordOnTheFirstView()
    {
        var company = await app.NewCompanyWithCandidatesAsync("Registro Antiguo", ["Ana T.", "Bruno S.", "Carla R."]);
        var withRecords = await company.Admin.Client.GetDocumentAsync(CompareUrl(company.Books));

        // Ana's and Carla's snapshots as shared before this change; Bruno's keeps its record.
        await app.ForgetRecordAsync(company.Consents[0]);
        await app.ForgetRecordAsync(company.Consents[2]);
        Assert.Null(await app.StoredRecordAsync(company.Consents[0]));
        using var response = await company.Admin.Client.GetAsync(CompareUrl(company.Books));
        var fromReports = await Forms.ParseAsync(response);
        var again = await company.Admin.Client.GetDocumentAsync(CompareUrl(company.Books));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Shown(withRecords), Shown(fromReports));
        Assert.Equal(Shown(withRecords), Shown(again));
        Assert.Equal(["45", "70", "55"], fromReports.Cells("clients").Select(c => c.TextContent.Trim()));
        foreach (var consent in company.Consents)
            Assert.Equal(Json(ComparisonRecords.Of(await app.DecryptedReportAsync(consent))), Json(await app.StoredRecordAsync(consent)));
        // Every view is logged, the one that stored the records too: three views of three books.
        var log = await app.LogOfAsync(company.Books);
        Assert.Equal(9, log.Count);
        Assert.All(log, e => Assert.Equal(AccessAction.Compare, e.Action));
    }

    [Fact]
    public async Task Compare_DrawsTheStoredCurve_AndSharingAgainDrawsANewOne()
    {
        var company = await app.NewCompanyWithCandidatesAsync("Registro Curva", ["Ana T.", "Bruno S."]);
        var consent = company.Consents[0];
        const string Marked = "40,210 41,10 630,10";
        await app.StoreRecordAsync(consent, (await app.StoredRecordAsync(consent))! with { ParetoPoints = Marked });

        var stored = await company.Admin.Client.GetDocumentAsync(CompareUrl(company.Books));
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<ConsentGrants>().ShareAgainAsync(consent.CandidateId, consent.Id, CancellationToken.None));
        var sharedAgain = await company.Admin.Client.GetDocumentAsync(CompareUrl(company.Books));

        // The page draws what was stored, not the report's curve again...
        Assert.Equal(Marked, Curves(stored)[0]);
        // ...until the candidate shares again, which draws the new report's curve once and stores it.
        var drawn = SvgCharts.ParetoPoints((await app.DecryptedReportAsync(consent)).DealValue.Pareto);
        Assert.Equal(drawn, Curves(sharedAgain)[0]);
        Assert.Equal(drawn, (await app.StoredRecordAsync(consent))!.ParetoPoints);
        Assert.NotEqual(Marked, drawn);
    }

    [Fact]
    public async Task Revoke_AfterAComparison_NextComparisonIsNotFound_AndTheRecordIsDeletedWithTheReport()
    {
        var company = await app.NewCompanyWithCandidatesAsync("Registro Revocado", ["Ana T.", "Bruno S."]);
        var first = await company.Admin.Client.GetDocumentAsync(CompareUrl(company.Books));
        Assert.Equal(2, Curves(first).Count);

        await app.RevokeAsync(company.Consents[1]);
        using var page = await company.Admin.Client.GetAsync(CompareUrl(company.Books));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("polyline", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.SharedReports.AnyAsync(r => r.ConsentId == company.Consents[1].Id)));
    }

    /// <summary>Every cell of the table and the charts' markup, as the recruiter sees them.</summary>
    private static List<string> Shown(IHtmlDocument page) =>
    [
        .. page.QuerySelectorAll("[data-testid=comparison] tbody tr").Select(r => r.TextContent),
        .. Charts.Select(chart => page.QuerySelector($"[data-testid={chart}] svg")!.OuterHtml),
    ];

    private static List<string> Curves(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=chart-pareto] polyline").Select(p => p.GetAttribute("points")!)];

    private static string Json(ComparisonRecord? record) => JsonSerializer.Serialize(record);
}

internal static class CompareRecordSteps
{
    /// <summary>The consent's stored comparison record, decrypted here with the candidate's key; null when none is stored.</summary>
    public static async Task<ComparisonRecord?> StoredRecordAsync(this PortfolioFactory app, CandidateConsent consent)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var stored = await db.SharedReports.AsNoTracking().Where(r => r.ConsentId == consent.Id).Select(r => r.ComparisonCiphertext).SingleAsync();
        var secret = await scope.ServiceProvider.GetRequiredService<CandidateKeys>().FindAsync(consent.CandidateId, CancellationToken.None);
        return stored is null ? null : ComparisonRecords.Decrypt(stored, secret!, consent.Id);
    }

    /// <summary>Stores <paramref name="record"/> as the consent's, encrypted as the portal encrypts it.</summary>
    public static async Task StoreRecordAsync(this PortfolioFactory app, CandidateConsent consent, ComparisonRecord record)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var secret = await scope.ServiceProvider.GetRequiredService<CandidateKeys>().FindAsync(consent.CandidateId, CancellationToken.None);
        var ciphertext = ComparisonRecords.Encrypt(record, secret!, consent.Id);
        await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().SharedReports.Where(r => r.ConsentId == consent.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.ComparisonCiphertext, ciphertext));
    }

    /// <summary>Makes the consent's snapshot one shared before comparison records existed: the report alone.</summary>
    public static Task ForgetRecordAsync(this PortfolioFactory app, CandidateConsent consent) =>
        app.WithDbAsync(db => db.SharedReports.Where(r => r.ConsentId == consent.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.ComparisonCiphertext, (byte[]?)null)));
}
