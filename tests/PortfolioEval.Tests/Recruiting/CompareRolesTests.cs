using System.Net;
using PortfolioEval.Api;
using PortfolioEval.Consent;
using PortfolioEval.Tests.Api;
using PortfolioEval.Tests.Infrastructure;
using static PortfolioEval.Tests.Recruiting.CompareSteps;

namespace PortfolioEval.Tests.Recruiting;

/// <summary>
/// The comparison of six, on the page and through the API, for everyone who may or may not ask: only company X's
/// people (on the page) and company X's key (through the API) get it, each view logged for its candidate once; every
/// other answer logs nothing. A revocation holds on the next request of either.
/// </summary>
public class CompareRolesTests(CompareRolesWorld world) : IClassFixture<CompareRolesWorld>
{
    private static string ApiUrl(IEnumerable<Guid> applications) =>
        "/api/v1/comparisons?" + string.Join("&", applications.Select(a => $"application={a}"));

    public static TheoryData<Asker, HttpStatusCode> PageAnswers() => new()
    {
        { Asker.RecruiterX, HttpStatusCode.OK },
        { Asker.CompanyAdminX, HttpStatusCode.OK },
        { Asker.CompanyXsKey, HttpStatusCode.Redirect }, // a key opens the API only: the page asks for a login
        { Asker.RecruiterY, HttpStatusCode.NotFound },
        { Asker.Candidate, HttpStatusCode.Forbidden },
        { Asker.Admin, HttpStatusCode.Forbidden },
        { Asker.Anonymous, HttpStatusCode.Redirect },
    };

    public static TheoryData<Asker, HttpStatusCode> ApiAnswers() => new()
    {
        { Asker.CompanyXsKey, HttpStatusCode.OK },
        { Asker.CompanyYsKey, HttpStatusCode.NotFound },
        { Asker.RecruiterX, HttpStatusCode.Unauthorized }, // the API takes keys, not the pages' cookie
        { Asker.CompanyAdminX, HttpStatusCode.Unauthorized },
        { Asker.Candidate, HttpStatusCode.Unauthorized },
        { Asker.Admin, HttpStatusCode.Unauthorized },
        { Asker.Anonymous, HttpStatusCode.Unauthorized },
    };

    [Theory]
    [MemberData(nameof(PageAnswers))]
    public async Task ComparePage_OfSix_OnlyCompanyXsPeopleSeeIt_AndOnlyTheirViewsAreLogged(Asker asker, HttpStatusCode expected)
    {
        var before = await world.LogAsync();

        using var page = await world.ClientOf(asker).GetAsync(CompareUrl(world.Books));

        Assert.Equal(expected, page.StatusCode);
        var added = (await world.LogAsync()).ExceptBy(before.Select(e => e.Id), e => e.Id).ToList();
        if (expected != HttpStatusCode.OK)
        {
            Assert.Empty(added);
            Assert.DoesNotContain(world.Consents[0].SharedName, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            return;
        }
        var shown = await Forms.ParseAsync(page);
        Assert.Equal(world.Consents.Select(c => c.SharedName), shown.QuerySelectorAll("[data-testid=compared-name]").Select(n => n.TextContent.Trim()));
        Assert.Equal(world.Consents.Select(c => (c.Id, c.CandidateId, c.BookId)).Order(), added.Select(e => (e.ConsentId, e.CandidateId, e.BookId)).Order());
        Assert.All(added, e => Assert.Equal((AccessAction.Compare, (string?)null), (e.Action, e.ApiKeyName)));
    }

    [Fact]
    public async Task ComparePage_WithABookSharedOnlyWithAnotherCompany_IsNotFound_AndNothingIsLogged()
    {
        var before = await world.LogAsync();

        using var page = await world.ClientOf(Asker.RecruiterX).GetAsync(CompareUrl([.. world.Books.Take(5), world.BookOfY]));
        using var csv = await world.ClientOf(Asker.RecruiterX).GetAsync(CsvUrl([.. world.Books.Take(5), world.BookOfY]));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (page.StatusCode, csv.StatusCode));
        Assert.Equal(before.Count, (await world.LogAsync()).Count);
    }

    [Theory]
    [MemberData(nameof(ApiAnswers))]
    public async Task ApiComparison_OfSix_OnlyCompanyXsKeyReadsIt_AndOnlyItsViewsAreLogged(Asker asker, HttpStatusCode expected)
    {
        var before = await world.LogAsync();

        using var response = await world.ClientOf(asker).GetAsync(ApiUrl(world.Consents.Select(c => c.Id)));

        Assert.Equal(expected, response.StatusCode);
        var added = (await world.LogAsync()).ExceptBy(before.Select(e => e.Id), e => e.Id).ToList();
        if (expected != HttpStatusCode.OK)
        {
            Assert.Empty(added);
            return;
        }
        var reports = (await response.JsonAsync()).GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(world.Consents.Select(c => c.Id), reports.Select(r => r.GetProperty("applicationId").GetGuid()));
        Assert.Equal(world.Consents.Select(c => (c.Id, c.CandidateId, c.BookId)).Order(), added.Select(e => (e.ConsentId, e.CandidateId, e.BookId)).Order());
        Assert.All(added, e => Assert.Equal((AccessAction.Compare, CompareRolesWorld.KeyNameOfX), (e.Action, e.ApiKeyName)));
    }

    [Fact]
    public async Task ApiComparison_ReturnsWhatThePageCompares_NotTheWholeReports()
    {
        using var response = await world.ClientOf(Asker.CompanyXsKey).GetAsync(ApiUrl(world.Consents.Select(c => c.Id)));
        var page = await world.ClientOf(Asker.RecruiterX).GetDocumentAsync(CompareUrl(world.Books));

        var reports = (await response.JsonAsync()).GetProperty("reports").EnumerateArray().ToList();
        Assert.All(reports, r => Assert.False(r.TryGetProperty("snapshot", out _)));
        Assert.Equal(page.Cells("clients").Select(c => string.Concat(c.TextContent.Where(char.IsDigit))),
            reports.Select(r => r.GetProperty("clients").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(page.Cells("freshness").Select(c => c.QuerySelector("a")!.TextContent.Trim()),
            reports.Select(r => r.GetProperty("components")[0].GetProperty("score").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(reports, r => Assert.NotEmpty(r.GetProperty("figures").GetProperty("freshnessBands").EnumerateArray()));
    }

    [Fact]
    public async Task ApiComparison_WithAnApplicationToAnotherCompany_IsNotFound_AndNothingIsLogged()
    {
        var before = await world.LogAsync();

        using var response = await world.ClientOf(Asker.CompanyXsKey).GetAsync(ApiUrl([.. world.Consents.Take(5).Select(c => c.Id), world.ConsentToY.Id]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before.Count, (await world.LogAsync()).Count);
    }

    [Fact]
    public async Task Revoke_OneOfSix_TheNextComparisonByPageCsvOrApiIsNotFound_AndNothingMoreIsLogged()
    {
        var app = world.App;
        var company = await app.NewCompanyWithCandidatesAsync("Compara Seis Revocada", ["Ana T.", "Bruno S.", "Carla R.", "Diego P.", "Elena M.", "Fabio L."]);
        using var key = app.ApiClient(await app.NewKeyAsync(company.Admin, ApiScopes.All, "ATS"));
        var api = ApiUrl(company.Consents.Select(c => c.Id));
        using (var page = await company.Admin.Client.GetAsync(CompareUrl(company.Books)))
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using (var read = await key.GetAsync(api))
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(12, (await app.LogOfAsync(company.Books)).Count);

        await app.RevokeAsync(company.Consents[3]);
        using var pageAfter = await company.Admin.Client.GetAsync(CompareUrl(company.Books));
        using var csvAfter = await company.Admin.Client.GetAsync(CsvUrl(company.Books));
        using var apiAfter = await key.GetAsync(api);

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], [pageAfter.StatusCode, csvAfter.StatusCode, apiAfter.StatusCode]);
        Assert.Equal(12, (await app.LogOfAsync(company.Books)).Count);
        // The other five still compare, on the next request too.
        using var five = await company.Admin.Client.GetAsync(CompareUrl(company.Books.Where((_, i) => i != 3)));
        Assert.Equal(HttpStatusCode.OK, five.StatusCode);
        Assert.Equal(17, (await app.LogOfAsync(company.Books)).Count);
    }
}
