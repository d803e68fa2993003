using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Books;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Tests.Recruiting;

[Collection(SharedPortal.Recruiting)]
public class ReportTests(PortfolioFactory app)
{
    [Fact]
    public async Task Report_WithConsent_ShowsTheSharedNameOpeningAndExpiry_NeverAClient()
    {
        var admin = await app.NewCompanyAdminAsync("Retail Informe");
        var recruiter = await app.NewColleagueAsync(admin);
        var opening = await app.NewOpeningAsync(admin, "Ejecutivo retail");
        var candidate = await app.NewCandidateWithBookAsync(); // Bruno's book: most clients dormant
        var consent = await app.GrantAsync(candidate, admin, "Bruno S.", opening.Id);
        var own = WebUtility.HtmlDecode(await candidate.Client.GetStringAsync($"/Candidate/Books/Report/{candidate.BookId}"));

        using var response = await recruiter.Client.GetAsync($"/Recruiter/Reports/{candidate.BookId}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var page = await Forms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bruno S.", page.QuerySelector("[data-testid=shared-name]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Ejecutivo retail", page.QuerySelector("[data-testid=consent-opening]")!.TextContent);
        Assert.Equal(consent.ExpiresAt.ToLocalTime().ToString("d", System.Globalization.CultureInfo.GetCultureInfo("es")),
            page.QuerySelector("[data-testid=consent-expires]")!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-testid=composite-score]"));
        Assert.NotNull(page.QuerySelector("[data-testid=freshness] svg"));
        // The candidate's own report names dormant clients by number; the company's never does, nor any pseudonym.
        Assert.Contains("Solo tú ves cuáles", own, StringComparison.Ordinal);
        Assert.DoesNotContain("Solo tú ves cuáles", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Cliente 0", html, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=action-plan]"));
        Assert.Null(page.QuerySelector("[data-testid=sector-picker]"));
        Assert.All(await PseudonymsAsync(candidate.BookId), p => Assert.DoesNotContain(p, html, StringComparison.Ordinal));
        var logged = Assert.Single(await app.AccessLogAsync(candidate.BookId));
        Assert.Equal(AccessAction.ViewReport, logged.Action);
        Assert.Equal(consent.Id, logged.ConsentId);
        Assert.Equal(recruiter.Id, logged.RecruiterId);
    }

    [Fact]
    public async Task Report_WithoutConsent_IsNotFoundAndNotLogged()
    {
        var admin = await app.NewCompanyAdminAsync("Retail Sin Consentimiento");
        var candidate = await app.NewCandidateWithBookAsync();

        using var response = await admin.Client.GetAsync($"/Recruiter/Reports/{candidate.BookId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await app.AccessLogAsync(candidate.BookId));
    }

    [Fact]
    public async Task Report_ConsentToAnotherCompany_IsNotFoundAndNotLogged()
    {
        var chosen = await app.NewCompanyAdminAsync("Retail Elegida");
        var stranger = await app.NewCompanyAdminAsync("Retail Extraña");
        var candidate = await app.NewCandidateWithBookAsync();
        await app.GrantAsync(candidate, chosen, "Ana");

        using var report = await stranger.Client.GetAsync($"/Recruiter/Reports/{candidate.BookId}");
        using var export = await stranger.Client.GetAsync($"/Recruiter/Reports/{candidate.BookId}?handler=Export");

        Assert.Equal(HttpStatusCode.NotFound, report.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, export.StatusCode);
        Assert.Empty(await app.AccessLogAsync(candidate.BookId));
    }

    [Fact]
    public async Task Revoke_ThenRecruiterAsks_GetsNotFoundAndNothingMoreIsLogged()
    {
        var admin = await app.NewCompanyAdminAsync("Retail Revocada");
        var candidate = await app.NewCandidateWithBookAsync();
        var consent = await app.GrantAsync(candidate, admin, "Ana");
        using (var before = await admin.Client.GetAsync($"/Recruiter/Reports/{candidate.BookId}"))
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        await app.RevokeAsync(consent);
        using var after = await admin.Client.GetAsync($"/Recruiter/Reports/{candidate.BookId}");
        using var export = await admin.Client.GetAsync($"/Recruiter/Reports/{candidate.BookId}?handler=Export");

        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, export.StatusCode);
        Assert.Single(await app.AccessLogAsync(candidate.BookId));
    }

    [Fact]
    public async Task Export_IsTheSharedReportAsAJsonAttachment_LoggedAsExport()
    {
        var admin = await app.NewCompanyAdminAsync("Retail Exporta");
        var candidate = await app.NewCandidateWithBookAsync();
        var consent = await app.GrantAsync(candidate, admin, "Bruno S.");

        using var response = await admin.Client.GetAsync($"/Recruiter/Reports/{candidate.BookId}?handler=Export");
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Bruno S.", json.RootElement.GetProperty("sharedName").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("opening").ValueKind);
        Assert.Equal(await SharedScoreAsync(consent.Id), json.RootElement.GetProperty("report").GetProperty("composite").GetProperty("score").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("report").GetProperty("reactivation").GetProperty("clientPseudonyms").GetArrayLength());
        Assert.All(await PseudonymsAsync(candidate.BookId), p => Assert.DoesNotContain(p, body, StringComparison.Ordinal));
        var logged = Assert.Single(await app.AccessLogAsync(candidate.BookId));
        Assert.Equal(AccessAction.Export, logged.Action);
    }

    [Fact]
    public async Task Compare_TwoCandidates_OneColumnEach_LoggedAsCompare()
    {
        var admin = await app.NewCompanyAdminAsync("Retail Compara");
        var ana = await app.NewCandidateWithBookAsync("demo-ana.xlsx");
        var bruno = await app.NewCandidateWithBookAsync();
        await app.GrantAsync(ana, admin, "Ana T.");
        await app.GrantAsync(bruno, admin, "Bruno S.");

        using var response = await admin.Client.GetAsync($"/Recruiter/Compare?books={ana.BookId}&books={bruno.BookId}");
        var page = await Forms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Ana T.", "Bruno S."], page.QuerySelectorAll("[data-testid=compared-name]").Select(c => c.TextContent.Trim()));
        foreach (var row in new[] { "composite", "freshness", "relevance", "deal-value", "quality", "clients", "expected-value" })
            Assert.Equal(2, page.QuerySelectorAll($"[data-testid={row}] td").Length);
        Assert.Equal(["45", "70"], page.QuerySelectorAll("[data-testid=clients] td").Select(c => c.TextContent));
        Assert.Equal(AccessAction.Compare, Assert.Single(await app.AccessLogAsync(ana.BookId)).Action);
        Assert.Equal(AccessAction.Compare, Assert.Single(await app.AccessLogAsync(bruno.BookId)).Action);
    }

    [Fact]
    public async Task Compare_WithOneBookNotShared_IsNotFoundAndLogsNothing()
    {
        var admin = await app.NewCompanyAdminAsync("Retail Compara Mal");
        var shared = await app.NewCandidateWithBookAsync();
        var notShared = await app.NewCandidateWithBookAsync();
        await app.GrantAsync(shared, admin, "Ana");

        using var response = await admin.Client.GetAsync($"/Recruiter/Compare?books={shared.BookId}&books={notShared.BookId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await app.AccessLogAsync(shared.BookId));
        Assert.Empty(await app.AccessLogAsync(notShared.BookId));
    }

    [Fact]
    public async Task Compare_OneCandidate_AsksForTwoToSixAndOpensNothing()
    {
        var admin = await app.NewCompanyAdminAsync("Retail Compara Uno");
        var candidate = await app.NewCandidateWithBookAsync();
        await app.GrantAsync(candidate, admin, "Ana");

        var page = await admin.Client.GetDocumentAsync($"/Recruiter/Compare?books={candidate.BookId}");

        Assert.NotNull(page.QuerySelector("[data-testid=compare-count]"));
        Assert.Null(page.QuerySelector("[data-testid=comparison]"));
        Assert.Empty(await app.AccessLogAsync(candidate.BookId));
    }

    [Fact]
    public async Task Candidate_OpeningTheirOwnBookThroughRecruiterPages_IsForbiddenByRole()
    {
        var candidate = await app.NewCandidateWithBookAsync();

        using var report = await candidate.Client.GetAsync($"/Recruiter/Reports/{candidate.BookId}");
        using var export = await candidate.Client.GetAsync($"/Recruiter/Reports/{candidate.BookId}?handler=Export");

        Assert.Equal(HttpStatusCode.Forbidden, report.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
        Assert.Empty(await app.AccessLogAsync(candidate.BookId));
    }

    private async Task<IReadOnlyList<string>> PseudonymsAsync(Guid bookId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var book = await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().ClientBooks.SingleAsync(b => b.Id == bookId);
        var clients = await scope.ServiceProvider.GetRequiredService<CandidateBooks>().ClientsAsync(book, CancellationToken.None);
        Assert.NotEmpty(clients);
        return [.. clients.Select(c => c.ClientPseudonym)];
    }

    private async Task<int?> SharedScoreAsync(Guid consentId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().SharedReports
            .Where(r => r.ConsentId == consentId).Select(r => r.CompositeScore).SingleAsync();
    }
}
