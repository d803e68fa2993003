using System.Net;
using System.Net.Http.Headers;
using PortfolioEval.Api;
using PortfolioEval.Consent;
using PortfolioEval.Recruiting;
using PortfolioEval.Tests.Consent;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Tests.Recruiting;

namespace PortfolioEval.Tests.Api;

/// <summary>What an applicant-tracking system reads: the same snapshot as the pages, logged for the candidate; pages, ETags, labels.</summary>
[Collection(ApiPortals.Name)]
public class ApiReadTests(ApiPortal app)
{
    [Fact]
    public async Task Report_IsThePagesSnapshot_WithItsScoringVersion_AndIsLoggedAsViaTheKey()
    {
        var company = await app.NewCompanyAsync("Lectura API");
        var opening = await app.NewTradeOpeningAsync(company.Admin);
        var candidate = await app.NewCandidateWithBookAsync();
        var consent = await app.GrantAsync(candidate, company.Admin, "Bruno S.", opening.Id);
        using var client = app.ApiClient(await app.NewKeyAsync(company.Admin, ApiScope.ReadApplications, "Greenhouse"));

        var report = await (await client.GetAsync($"/api/v1/applications/{consent.Id}/report")).JsonAsync();

        var page = await app.RecruiterTriesAsync(company, candidate.BookId);
        Assert.NotNull(page);
        Assert.Equal(page.Report.ScoringVersion, report.GetProperty("scoringVersion").GetInt32());
        Assert.Equal(page.Report.Composite.Score, report.GetProperty("compositeScore").GetInt32());
        Assert.Equal(page.Report.Clients, report.GetProperty("snapshot").GetProperty("clients").GetInt32());
        Assert.Equal(page.Report.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), report.GetProperty("asOf").GetString());
        Assert.Equal("PEN", report.GetProperty("expectedValue").GetProperty("currency").GetString());
        Assert.DoesNotContain(ConsentSteps.ClientInSample, report.GetRawText(), StringComparison.OrdinalIgnoreCase);
        var logged = (await app.AccessLogAsync(candidate.BookId)).First();
        Assert.Equal((AccessAction.ViewReport, "Greenhouse", consent.Id), (logged.Action, logged.ApiKeyName, logged.ConsentId));
    }

    [Fact]
    public async Task AccessLogPage_ShowsAnApiRead_AsViaTheKeyOfTheCompany_InSpanishAndEnglish()
    {
        var company = await app.NewCompanyAsync("Registro API");
        var candidate = await app.NewCandidateWithBookAsync();
        var consent = await app.GrantAsync(candidate, company.Admin, "Bruno S.");
        using var client = app.ApiClient(await app.NewKeyAsync(company.Admin, ApiScope.ReadApplications, "Teamtailor"));
        using var read = await client.GetAsync($"/api/v1/applications/{consent.Id}/report");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);

        var spanish = await candidate.Client.GetDocumentAsync("/Candidate/Consents");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Candidate/Consents");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        using var englishResponse = await candidate.Client.SendAsync(request);
        var english = await Forms.ParseAsync(englishResponse);

        string Who(AngleSharp.Html.Dom.IHtmlDocument page) =>
            page.QuerySelector($"[data-consent-id='{consent.Id}'] [data-testid=access-log] tbody tr td:nth-child(2)")!.TextContent;
        Assert.Equal($"mediante la clave de API Teamtailor de {company.Name}", Who(spanish));
        Assert.Equal($"via API key Teamtailor of {company.Name}", Who(english));
    }

    [Fact]
    public async Task Revocation_TheVeryNextCallForTheReportIsNotFound_AndTheApplicationSaysRevoked()
    {
        var company = await app.NewCompanyAsync("Revocación API");
        var candidate = await app.NewCandidateWithBookAsync();
        var consent = await app.GrantAsync(candidate, company.Admin, "Bruno S.");
        using var client = app.ApiClient(await app.NewKeyAsync(company.Admin, ApiScope.ReadApplications));
        using var before = await client.GetAsync($"/api/v1/applications/{consent.Id}/report");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        await app.RevokeAsync(consent);
        using var after = await client.GetAsync($"/api/v1/applications/{consent.Id}/report");
        var application = await (await client.GetAsync($"/api/v1/applications/{consent.Id}")).JsonAsync();

        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        var problem = await after.JsonAsync();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("Revoked", application.GetProperty("consentState").GetString());
        Assert.Equal("Revoked", application.GetProperty("consentStateLabel").GetString());
    }

    [Fact]
    public async Task Openings_ArePagedWithACursor_NewestFirst_WithoutRepeatsOrGaps()
    {
        var company = await app.NewCompanyAsync("Páginas API");
        var made = new List<Guid>();
        for (var i = 0; i < 5; i++)
            made.Add((await app.NewOpeningAsync(company, $"Vacante {i}")).Id);
        using var client = app.ApiClient(await app.NewKeyAsync(company.Admin, ApiScope.ReadOpenings));

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await (await client.GetAsync($"/api/v1/openings?limit=2{(cursor is null ? "" : "&cursor=" + cursor)}")).JsonAsync();
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(made.Order(), seen.Order());
        using var bad = await client.GetAsync("/api/v1/openings?cursor=nonsense");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Opening_SentBackWithItsETag_IsNotModified_AndChangesWhenClosed()
    {
        var company = await app.NewCompanyAsync("ETag API");
        var opening = await app.NewOpeningAsync(company);
        using var client = app.ApiClient(await app.NewKeyAsync(company.Admin, ApiScope.ReadOpenings | ApiScope.WriteOpenings));
        using var first = await client.GetAsync($"/api/v1/openings/{opening.Id}");
        var tag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/openings/{opening.Id}");
        again.Headers.IfNoneMatch.Add(tag);
        using var notModified = await client.SendAsync(again);
        using var closed = await client.PostAsync($"/api/v1/openings/{opening.Id}/close", null);
        using var changed = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/openings/{opening.Id}");
        changed.Headers.IfNoneMatch.Add(tag);
        using var afterClose = await client.SendAsync(changed);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, afterClose.StatusCode);
        Assert.NotEqual(tag, afterClose.Headers.ETag);
        Assert.False((await afterClose.JsonAsync()).GetProperty("isOpen").GetBoolean());
    }

    [Theory]
    [InlineData("es", "Vigente", "Nuevo", "Abierta")]
    [InlineData("en", "In force", "New", "Open")]
    public async Task Labels_FollowAcceptLanguage(string language, string inForce, string status, string open)
    {
        var company = await app.NewCompanyAsync("Idiomas API");
        var opening = await app.NewOpeningAsync(company);
        var candidate = await app.NewCandidateWithBookAsync();
        var consent = await app.GrantAsync(candidate, company.Admin, "Bruno S.", opening.Id);
        using var client = app.ApiClient(await app.NewKeyAsync(company.Admin, ApiScope.ReadApplications | ApiScope.ReadOpenings), language);

        var application = await (await client.GetAsync($"/api/v1/applications/{consent.Id}")).JsonAsync();
        var openingJson = await (await client.GetAsync($"/api/v1/openings/{opening.Id}")).JsonAsync();

        Assert.Equal(inForce, application.GetProperty("consentStateLabel").GetString());
        Assert.Equal(status, application.GetProperty("statusLabel").GetString());
        Assert.Equal(open, openingJson.GetProperty("stateLabel").GetString());
        Assert.Equal(consent.ExpiresAt, application.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.EndsWith("Z", application.GetProperty("expiresAt").GetString()!.Replace("+00:00", "Z", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shortlist_WrittenThroughTheApi_IsTheDashboardsAndIsLoggedAsAStatusChangeViaTheKey()
    {
        var company = await app.NewCompanyAsync("Preselección API");
        var opening = await app.NewTradeOpeningAsync(company.Admin);
        var candidate = await app.NewCandidateWithBookAsync();
        var consent = await app.GrantAsync(candidate, company.Admin, "Bruno S.", opening.Id);
        using var client = app.ApiClient(await app.NewKeyAsync(company.Admin, ApiScope.WriteStatuses | ApiScope.ReadApplications, "Workable"));

        using var moved = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/applications/{consent.Id}/shortlist",
            """{"status":"Interviewing","note":"Llamar el lunes."}""");
        using var tooLong = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/applications/{consent.Id}/shortlist",
            $$"""{"note":"{{new string('x', 2001)}}"}""");

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var body = await moved.JsonAsync();
        Assert.Equal(("Interviewing", "Llamar el lunes."), (body.GetProperty("status").GetString(), body.GetProperty("note").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        var row = Assert.Single(await company.Admin.Client.RowsAsync(DashboardSteps.DashboardUrl(opening.Id)));
        Assert.Equal(ShortlistStatus.Interviewing, row.Status);
        var logged = Assert.Single(await app.AccessLogAsync(candidate.BookId), e => e.Action == AccessAction.StatusChange);
        Assert.Equal("Workable", logged.ApiKeyName);
    }

    [Fact]
    public async Task UnknownApiPath_IsAProblemDetails404_NotAPage()
    {
        using var client = app.ApiClient(null);

        using var response = await client.GetAsync("/api/v1/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
