using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Recruiting;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Demo;

namespace PortfolioEval.Tests.Recruiting;

/// <summary>
/// The demo opening's dashboard, read as the demo recruiter: six candidates with consent in force, one shortlisted.
/// What each row shows is checked against the figures stored at grant, so these tests hold whatever the samples say.
/// </summary>
public class DashboardTests(DemoPortalFactory app) : IClassFixture<DemoPortalFactory>
{
    private static readonly CultureInfo Spanish = new("es");
    private static string Recruiter => $"reclutador@{DemoSeeder.Domain}";

    private async Task<(HttpClient Client, Guid OpeningId, Dictionary<Guid, SharedReport> Stored)> DemoAsync()
    {
        var client = await app.LoggedInAsync(Recruiter);
        await using var scope = app.Services.CreateAsyncScope();
        var opening = await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().Openings.SingleAsync(o => o.Title == DemoSeeder.OpeningTitle);
        return (client, opening.Id, await app.SharedReportsAsync(opening.Id));
    }

    [Fact]
    public async Task Dashboard_ListsEveryCandidateInForce_RankedByComposite_WithNeutralLabelsAndTheirFigures()
    {
        var (client, openingId, stored) = await DemoAsync();

        var rows = await client.RowsAsync(DashboardSteps.DashboardUrl(openingId));

        Assert.Equal(6, rows.Count);
        Assert.Equal(stored.Keys.Order(), rows.Select(r => r.ConsentId).Order());
        Assert.Equal(rows.Select(r => r.Composite).OrderDescending(), rows.Select(r => r.Composite));
        Assert.Equal(Enumerable.Range(1, 6).Select(i => $"Candidato {i}"), rows.Select(r => r.Label));
        Assert.All(rows, row =>
        {
            var report = stored[row.ConsentId];
            Assert.Equal((report.CompositeScore, report.FreshnessScore, report.RelevanceScore, report.DealValueScore, report.QualityScore),
                (row.Composite, row.Freshness, row.Relevance, row.DealValue, row.Quality));
            Assert.Equal(report.AsOf.ToString("d", Spanish), row.AsOf);
        });
        Assert.Contains("Ana Torres", rows.Select(r => r.SharedName));
    }

    [Fact]
    public async Task Dashboard_EachScore_LinksToItsExplanationInTheReport()
    {
        var (client, openingId, _) = await DemoAsync();

        var row = (await client.RowsAsync(DashboardSteps.DashboardUrl(openingId)))[0];

        Assert.Equal($"/Recruiter/Reports/{row.BookId}#freshness", row.Element.QuerySelector("[data-testid=freshness] a")!.GetAttribute("href"));
        Assert.Equal($"/Recruiter/Reports/{row.BookId}#dealvalue", row.Element.QuerySelector("[data-testid=dealvalue] a")!.GetAttribute("href"));
        Assert.Equal($"/Recruiter/Valuation/{row.BookId}", row.Element.QuerySelector("[data-testid=valuation-link]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Dashboard_EachScore_IsABadgeOfItsBand_NamedForWhoeverDoesNotSeeColour()
    {
        var (client, openingId, _) = await DemoAsync();

        var row = (await client.RowsAsync(DashboardSteps.DashboardUrl(openingId)))[0];

        var badge = row.Element.QuerySelector("[data-testid=composite] [data-testid=score]")!;
        var scale = PortfolioEval.Scoring.BookJudgement.ScaleOf(row.Composite);
        Assert.Equal(scale.ToString(), badge.GetAttribute("data-scale"));
        Assert.Contains($"score-{scale.ToString().ToLowerInvariant()}", badge.ClassName, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(badge.GetAttribute("title")));
        Assert.Contains(badge.GetAttribute("title")!, row.Element.QuerySelector("[data-testid=composite] .visually-hidden")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilterByCurrency_ShowsOnlyBooksInThatCurrency_AndTheSelectListsTheCurrenciesPresent()
    {
        var (client, openingId, stored) = await DemoAsync();
        var present = stored.Values.Select(r => r.Currency).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(present.Count >= 2, "the demo books should be in more than one currency");

        var page = await client.GetDocumentAsync(DashboardSteps.DashboardUrl(openingId, "?currency=USD"));

        var options = page.QuerySelectorAll("[data-testid=currency-filter] option").Select(o => o.GetAttribute("value")).Where(v => v != "");
        Assert.Equal(present, options);
        var rows = DashboardSteps.Rows(page);
        Assert.NotEmpty(rows);
        Assert.Equal(stored.Where(s => s.Value.Currency == "USD").Select(s => s.Key).Order(), rows.Select(r => r.ConsentId).Order());
    }

    [Fact]
    public async Task FilterByCountry_DemoBooksSayingPeruAndPerú_AreOneCountry()
    {
        var (client, openingId, stored) = await DemoAsync();
        Assert.Contains(stored.Values, r => r.Country == "PE");
        Assert.DoesNotContain(stored.Values, r => r.Country is "Peru" or "Perú");

        var rows = await client.RowsAsync(DashboardSteps.DashboardUrl(openingId, "?country=PE"));

        Assert.Equal(stored.Where(s => s.Value.Country == "PE").Select(s => s.Key).Order(), rows.Select(r => r.ConsentId).Order());
    }

    [Fact]
    public async Task FilterByMinimumFreshness_LeavesOutStalerBooks_KeepingEachRank()
    {
        var (client, openingId, stored) = await DemoAsync();
        var all = await client.RowsAsync(DashboardSteps.DashboardUrl(openingId));
        var threshold = stored.Values.Select(r => r.FreshnessScore).Order().ElementAt(3);

        var rows = await client.RowsAsync(DashboardSteps.DashboardUrl(openingId, $"?minFreshness={threshold}"));

        Assert.Equal(stored.Where(s => s.Value.FreshnessScore >= threshold).Select(s => s.Key).Order(), rows.Select(r => r.ConsentId).Order());
        Assert.InRange(rows.Count, 1, 5);
        Assert.All(rows, r => Assert.Equal(all.Single(a => a.ConsentId == r.ConsentId).Label, r.Label));
    }

    [Fact]
    public async Task FilterByMinimumRelevance_LeavesOutLessRelevantBooks()
    {
        var (client, openingId, stored) = await DemoAsync();
        var threshold = stored.Values.Max(r => r.RelevanceScore!.Value);

        var rows = await client.RowsAsync(DashboardSteps.DashboardUrl(openingId, $"?minRelevance={threshold}"));

        Assert.Equal(stored.Where(s => s.Value.RelevanceScore >= threshold).Select(s => s.Key).Order(), rows.Select(r => r.ConsentId).Order());
        Assert.InRange(rows.Count, 1, 5);
    }

    [Fact]
    public async Task Filters_MatchingNoOne_SaySo()
    {
        var (client, openingId, _) = await DemoAsync();

        var page = await client.GetDocumentAsync(DashboardSteps.DashboardUrl(openingId, "?minFreshness=100&minRelevance=100"));

        Assert.Empty(DashboardSteps.Rows(page));
        Assert.NotNull(page.QuerySelector("[data-testid=no-match]"));
    }

    [Theory]
    [InlineData(RankingColumn.Freshness)]
    [InlineData(RankingColumn.Relevance)]
    [InlineData(RankingColumn.DealValue)]
    [InlineData(RankingColumn.Quality)]
    [InlineData(RankingColumn.Composite)]
    public async Task SortByAColumn_OrdersByIt_BestFirst_AndTheHeaderTurnsItAround(RankingColumn column)
    {
        var (client, openingId, _) = await DemoAsync();
        var name = column.ToString().ToLowerInvariant();

        var page = await client.GetDocumentAsync(DashboardSteps.DashboardUrl(openingId, $"?sort={name}"));
        var rows = DashboardSteps.Rows(page);
        var header = page.QuerySelector($"[data-testid=sort-{name}]")!.GetAttribute("href")!;
        var reversed = await client.RowsAsync(header);

        Assert.Equal(6, rows.Count);
        Assert.Equal(rows.Select(r => r.ScoreOf(column)).OrderDescending(), rows.Select(r => r.ScoreOf(column)));
        Assert.Contains("dir=asc", header, StringComparison.Ordinal);
        Assert.Equal(rows.Select(r => r.ScoreOf(column)).Order(), reversed.Select(r => r.ScoreOf(column)));
    }

    [Fact]
    public async Task SortAndFilter_Together_KeepEachOther()
    {
        var (client, openingId, stored) = await DemoAsync();

        var page = await client.GetDocumentAsync(DashboardSteps.DashboardUrl(openingId, "?sort=quality&currency=PEN"));
        var freshnessHeader = page.QuerySelector("[data-testid=sort-freshness]")!.GetAttribute("href")!;
        var rows = await client.RowsAsync(freshnessHeader);

        Assert.Contains("currency=PEN", freshnessHeader, StringComparison.Ordinal);
        Assert.Equal(stored.Count(s => s.Value.Currency == "PEN"), rows.Count);
        Assert.Equal(rows.Select(r => r.Freshness).OrderDescending(), rows.Select(r => r.Freshness));
    }

    [Fact]
    public async Task AddToComparison_OneClickEach_KeepsTheSelectionAndBuildsTheComparisonLink_UpToSix()
    {
        var (client, openingId, _) = await DemoAsync();
        var url = DashboardSteps.DashboardUrl(openingId, "?sort=freshness");
        var picked = new List<Guid>();

        for (var i = 0; i < 6; i++)
        {
            var page = await client.GetDocumentAsync(url);
            var next = DashboardSteps.Rows(page).First(r => !picked.Contains(r.BookId));
            url = next.Element.QuerySelector("[data-testid=add-to-comparison]")!.GetAttribute("href")!;
            picked.Add(next.BookId);
        }

        var full = await client.GetDocumentAsync(url);
        Assert.Contains("sort=freshness", url, StringComparison.Ordinal);
        Assert.Empty(full.QuerySelectorAll("[data-testid=add-to-comparison]"));
        Assert.Equal(6, full.QuerySelectorAll("[data-testid=remove-from-comparison]").Length);
        var compare = full.QuerySelector("[data-testid=compare-selected]")!.GetAttribute("href")!;
        Assert.StartsWith("/Recruiter/Compare?", compare, StringComparison.Ordinal);
        Assert.Equal(picked.Select(b => $"books={b}"), compare.Split('?')[1].Split('&'));
    }

    [Fact]
    public async Task Comparison_NeedsTwo_AndIgnoresBooksNotListed()
    {
        var (client, openingId, _) = await DemoAsync();
        var book = (await client.RowsAsync(DashboardSteps.DashboardUrl(openingId)))[0].BookId;

        var page = await client.GetDocumentAsync(DashboardSteps.DashboardUrl(openingId, $"?books={book}&books={Guid.NewGuid()}"));

        Assert.Null(page.QuerySelector("[data-testid=compare-selected]"));
        Assert.Single(page.QuerySelectorAll("[data-testid=remove-from-comparison]"));
    }

    [Fact]
    public async Task Dashboard_ShowsTheDemoShortlistStatusAndNote()
    {
        var (client, openingId, _) = await DemoAsync();

        var rows = await client.RowsAsync(DashboardSteps.DashboardUrl(openingId));

        var elena = Assert.Single(rows, r => r.Status == ShortlistStatus.Shortlisted);
        Assert.Equal("Elena Vargas", elena.SharedName);
        Assert.Equal(DemoSeeder.ShortlistNote, elena.Element.QuerySelector("[data-testid=note-text]")!.TextContent);
    }

    [Fact]
    public async Task Dashboard_LogsEachCandidateRankedAsSeenInTheRanking_NotAsCompared()
    {
        var (client, openingId, stored) = await DemoAsync();
        var before = await ComparisonsAsync(stored.Keys);
        var comparedBefore = await ComparisonsAsync(stored.Keys, AccessAction.Compare);

        await client.GetDocumentAsync(DashboardSteps.DashboardUrl(openingId));

        var after = await ComparisonsAsync(stored.Keys);
        Assert.All(stored.Keys, consent => Assert.Equal(before.GetValueOrDefault(consent) + 1, after.GetValueOrDefault(consent)));
        Assert.Equal(comparedBefore, await ComparisonsAsync(stored.Keys, AccessAction.Compare));
    }

    private async Task<Dictionary<Guid, int>> ComparisonsAsync(IEnumerable<Guid> consents, AccessAction action = AccessAction.SeenInRanking)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var ids = consents.ToList();
        return await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().AccessLog
            .Where(e => ids.Contains(e.ConsentId) && e.Action == action)
            .GroupBy(e => e.ConsentId).ToDictionaryAsync(g => g.Key, g => g.Count());
    }

    [Fact]
    public async Task Dashboard_OfAnotherCompanysOpening_IsNotFound()
    {
        var (_, openingId, _) = await DemoAsync();
        var other = await app.NewCompanyAdminAsync("Ferretería del Norte S.A.C.");

        using var response = await other.Client.GetAsync(DashboardSteps.DashboardUrl(openingId));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Ana Torres", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpeningsPage_LinksEachOpeningToItsDashboard()
    {
        var (client, openingId, _) = await DemoAsync();

        var page = await client.GetDocumentAsync("/Recruiter/Openings");

        var link = page.QuerySelector($"[data-opening-id='{openingId}'] [data-testid=dashboard-link]")!;
        Assert.Equal(DashboardSteps.DashboardUrl(openingId), link.GetAttribute("href"));
        Assert.Equal("6", link.TextContent);
        Assert.Equal(DashboardSteps.DashboardUrl(openingId),
            page.QuerySelector($"[data-opening-id='{openingId}'] [data-testid=opening-dashboard]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task CandidatesPage_LinksTheOpeningToItsDashboard()
    {
        var (client, openingId, _) = await DemoAsync();

        var page = await client.GetDocumentAsync("/Recruiter/Candidates");

        Assert.All(page.QuerySelectorAll("[data-testid=consent-row] [data-testid=dashboard-link]"),
            link => Assert.Equal(DashboardSteps.DashboardUrl(openingId), link.GetAttribute("href")));
        Assert.Equal(6, page.QuerySelectorAll("[data-testid=consent-row] [data-testid=dashboard-link]").Length);
    }
}
