using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Recruiting;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Consent;
using PortfolioEval.Web.Recruiting;
using static PortfolioEval.Tests.Recruiting.CompareSteps;

namespace PortfolioEval.Tests.Recruiting;

/// <summary>
/// A comparison opens its reports from a few queries, however many candidates it holds, and decides each book from all
/// of the company's consents for it, as a single report is decided.
/// </summary>
[Collection(SharedPortal.Comparison)]
public class CompareQueryTests(PortfolioFactory app)
{
    private static readonly string[] Six = ["Ana T.", "Bruno S.", "Carla R.", "Diego P.", "Elena M.", "Fabio L."];

    [Fact]
    public async Task Compare_SixCandidates_ReadsWithTwoQueries_AndLogsTheSixViewsInOneInsert()
    {
        var company = await app.NewCompanyWithCandidatesAsync("Compara Consultas", Six);
        var recruiter = company.Admin.Id;
        Guid[] reversed = [.. company.Books.Reverse()];

        var (two, forTwo) = await app.CompareCountingAsync(recruiter, company.Books[..2]);
        var (six, forSix) = await app.CompareCountingAsync(recruiter, reversed);

        Assert.Equal(company.Books[..2], two!.Select(r => r.Consent.BookId));
        Assert.Equal(reversed, six!.Select(r => r.Consent.BookId));
        Assert.All(six!, r => Assert.Equal(company.Opening.Title, r.OpeningTitle));
        // The reader with their roles; the company's consents for the books with their reports, the candidates'
        // wrapped keys and the openings' titles.
        Assert.True(forSix.Reads.Count == 2, $"{forSix.Reads.Count} reads for six books:\n{string.Join("\n\n", forSix.Reads)}");
        Assert.Equal(forTwo.Reads.Count, forSix.Reads.Count);
        // Every view in one statement (atomic on its own, so no transaction), on either provider.
        Assert.Equal((1, 1), (forTwo.InsertsInto("AccessLog"), forSix.InsertsInto("AccessLog")));
        Assert.Equal((0, 0), (forTwo.Transactions, forSix.Transactions));
        Assert.Equal(forSix.Reads.Count + 1, forSix.Sent.Count);
        // Each view still recorded for its own candidate, under the consent that let it.
        var log = await app.LogOfAsync(company.Books);
        Assert.Equal(2 + 6, log.Count);
        Assert.All(log, e => Assert.Equal((AccessAction.Compare, recruiter, company.Opening.CompanyId), (e.Action, e.RecruiterId, e.CompanyId)));
        Assert.Equal(
            [.. company.Consents.Select(c => (c.Id, c.CandidateId, c.BookId, Views: c.BookId == company.Books[0] || c.BookId == company.Books[1] ? 2 : 1))],
            company.Consents.Select(c => (c.Id, c.CandidateId, c.BookId, Views: log.Count(e => e.ConsentId == c.Id && e.CandidateId == c.CandidateId && e.BookId == c.BookId))));
    }

    [Fact]
    public async Task Compare_WithABookSharedOnlyWithAnotherCompany_IsNotFound_AndNothingIsLogged()
    {
        var company = await app.NewCompanyWithCandidatesAsync("Compara Ajena", ["Ana T.", "Bruno S."]);
        var other = await app.NewCompanyWithCandidatesAsync("Compara Otra", ["Carla R."]);
        Guid[] books = [.. company.Books, other.Books[0]];

        using var page = await company.Admin.Client.GetAsync(CompareUrl(books));
        using var csv = await company.Admin.Client.GetAsync(CsvUrl(books));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
        Assert.Empty(await app.LogOfAsync(books));
    }

    [Fact]
    public async Task Compare_BookRevokedThenSharedAgain_OpensAndLogsTheConsentInForce()
    {
        var company = await app.NewCompanyWithCandidatesAsync("Compara Otra Vez", ["Ana T.", "Bruno S."]);
        await app.RevokeAsync(company.Consents[1]);
        var again = await app.GrantAsync(company.Candidates[1], company.Admin, "Bruno de nuevo", company.Opening.Id);

        var page = await company.Admin.Client.GetDocumentAsync(CompareUrl(company.Books));

        Assert.Equal(["Ana T.", "Bruno de nuevo"], page.QuerySelectorAll("[data-testid=compared-name]").Select(c => c.TextContent.Trim()));
        Assert.Equal([again.Id], (await app.AccessLogAsync(company.Books[1])).Select(e => e.ConsentId));
    }

    [Fact]
    public async Task Compare_BookSharedTwiceWithTheCompany_OpensTheConsentLastingLongest()
    {
        var company = await app.NewCompanyWithCandidatesAsync("Compara Dos Veces", ["Ana T.", "Bruno S."]);
        await app.GrantAsync(company.Candidates[0], company.Admin, "Ana por un mes", duration: TimeSpan.FromDays(30));

        var page = await company.Admin.Client.GetDocumentAsync(CompareUrl(company.Books));

        Assert.Equal(["Ana T.", "Bruno S."], page.QuerySelectorAll("[data-testid=compared-name]").Select(c => c.TextContent.Trim()));
        Assert.Equal([company.Consents[0].Id], (await app.AccessLogAsync(company.Books[0])).Select(e => e.ConsentId));
    }
}

internal static class CompareCounting
{
    /// <summary>Opens the comparison as the recruiter pages do, in a request of its own; with the SQL it sent.</summary>
    public static async Task<(IReadOnlyList<CompanyComparison>? Reports, SqlCommands Sql)> CompareCountingAsync(
        this PortfolioFactory app, string recruiterId, IReadOnlyList<Guid> books)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var recruiter = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, recruiterId)], "Test"));
        using var sql = SqlCommands.Of(scope.ServiceProvider.GetRequiredService<PortfolioDbContext>());
        var reports = await scope.ServiceProvider.GetRequiredService<Comparisons>()
            .OpenAsync(recruiter, books, ReportAccessRequirement.Compare, CancellationToken.None);
        return (reports, sql);
    }
}
