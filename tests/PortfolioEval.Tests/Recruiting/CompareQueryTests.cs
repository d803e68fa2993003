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
[Collection(SharedPortal.Name)]
public class CompareQueryTests(PortfolioFactory app)
{
    private static readonly string[] Six = ["Ana T.", "Bruno S.", "Carla R.", "Diego P.", "Elena M.", "Fabio L."];

    // Counts SQLite's statements one by one; Npgsql sends the six inserts as one batched command.
    [SqliteFact]
    public async Task Compare_SixCandidates_ReadsWithAsFewQueriesAsTwo_AndLogsInOneSave()
    {
        var company = await app.NewCompanyWithCandidatesAsync("Compara Consultas", Six);
        var recruiter = company.Admin.Id;
        Guid[] reversed = [.. company.Books.Reverse()];

        var (two, forTwo) = await app.CompareCountingAsync(recruiter, company.Books[..2]);
        var (six, forSix) = await app.CompareCountingAsync(recruiter, reversed);

        Assert.Equal(company.Books[..2], two!.Select(r => r.Consent.BookId));
        Assert.Equal(reversed, six!.Select(r => r.Consent.BookId));
        // The reader (two), the consents with their reports and books, the candidates' keys.
        Assert.True(forSix.Reads.Count <= 4, $"{forSix.Reads.Count} reads for six books:\n{string.Join("\n\n", forSix.Reads)}");
        Assert.Equal(forTwo.Reads.Count, forSix.Reads.Count);
        // One entry a book, all in one save; SQLite sends each insert as a statement of its own.
        Assert.Equal((2, 6), (forTwo.InsertsInto("AccessLog"), forSix.InsertsInto("AccessLog")));
        Assert.Equal((1, 1), (forTwo.Transactions, forSix.Transactions));
        Assert.Equal(forSix.Reads.Count + 6, forSix.Sent.Count);
        Assert.Equal(2 + 6, (await app.LogOfAsync(company.Books)).Count);
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
