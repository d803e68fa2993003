using System.Net;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Accounts;

/// <summary>Each role's home against each role: the page-level access table, read as a table.</summary>
public class AuthorizationTests(DemoPortalFactory app) : IClassFixture<DemoPortalFactory>
{
    public static TheoryData<string?, string, HttpStatusCode> Matrix => new()
    {
        // who (null: anonymous)        page          expected
        { null,                          "/Candidate", HttpStatusCode.Redirect },
        { null,                          "/Recruiter", HttpStatusCode.Redirect },
        { null,                          "/Admin",     HttpStatusCode.Redirect },
        { "ana@demo.portfolioeval.test", "/Candidate", HttpStatusCode.OK },
        { "ana@demo.portfolioeval.test", "/Recruiter", HttpStatusCode.Forbidden },
        { "ana@demo.portfolioeval.test", "/Admin",     HttpStatusCode.Forbidden },
        { "reclutador@demo.portfolioeval.test", "/Candidate", HttpStatusCode.Forbidden },
        { "reclutador@demo.portfolioeval.test", "/Recruiter", HttpStatusCode.OK },
        { "reclutador@demo.portfolioeval.test", "/Admin",     HttpStatusCode.Forbidden },
        { "empresa@demo.portfolioeval.test", "/Candidate", HttpStatusCode.Forbidden },
        { "empresa@demo.portfolioeval.test", "/Recruiter", HttpStatusCode.OK },
        { "empresa@demo.portfolioeval.test", "/Admin",     HttpStatusCode.Forbidden },
        { "admin@demo.portfolioeval.test", "/Candidate", HttpStatusCode.Forbidden },
        { "admin@demo.portfolioeval.test", "/Recruiter", HttpStatusCode.Forbidden },
        { "admin@demo.portfolioeval.test", "/Admin",     HttpStatusCode.OK },
        // The company's settings: its admin only.
        { null,                                "/Recruiter/Company", HttpStatusCode.Redirect },
        { "ana@demo.portfolioeval.test",        "/Recruiter/Company", HttpStatusCode.Forbidden },
        { "reclutador@demo.portfolioeval.test", "/Recruiter/Company", HttpStatusCode.Forbidden },
        { "empresa@demo.portfolioeval.test",    "/Recruiter/Company", HttpStatusCode.OK },
        { "admin@demo.portfolioeval.test",      "/Recruiter/Company", HttpStatusCode.Forbidden },
        // The company's team: its admin only.
        { null,                                "/Recruiter/Team", HttpStatusCode.Redirect },
        { "ana@demo.portfolioeval.test",        "/Recruiter/Team", HttpStatusCode.Forbidden },
        { "reclutador@demo.portfolioeval.test", "/Recruiter/Team", HttpStatusCode.Forbidden },
        { "empresa@demo.portfolioeval.test",    "/Recruiter/Team", HttpStatusCode.OK },
        { "admin@demo.portfolioeval.test",      "/Recruiter/Team", HttpStatusCode.Forbidden },
        // Openings and candidates: every recruiter of the company.
        { "ana@demo.portfolioeval.test",        "/Recruiter/Openings", HttpStatusCode.Forbidden },
        { "reclutador@demo.portfolioeval.test", "/Recruiter/Openings", HttpStatusCode.OK },
        { "empresa@demo.portfolioeval.test",    "/Recruiter/Candidates", HttpStatusCode.OK },
        { "admin@demo.portfolioeval.test",      "/Recruiter/Candidates", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task RoleHome_OpensOnlyForItsRole(string? who, string page, HttpStatusCode expected)
    {
        var client = await app.LoggedInAsync(who);

        using var response = await client.GetAsync(page);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
            Assert.StartsWith("http://localhost/Account/Login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ana@demo.portfolioeval.test", "/Candidate")]
    [InlineData("reclutador@demo.portfolioeval.test", "/Recruiter")]
    [InlineData("empresa@demo.portfolioeval.test", "/Recruiter")]
    [InlineData("admin@demo.portfolioeval.test", "/Admin")]
    public async Task StartPage_SendsEachRoleToItsHome(string who, string home)
    {
        var client = await app.LoggedInAsync(who);

        using var response = await client.GetAsync("/");

        Assert.Equal(home, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task RenewCode_ByARecruiterWhoIsNotCompanyAdmin_IsForbidden()
    {
        var client = await app.LoggedInAsync("reclutador@demo.portfolioeval.test");
        var home = await client.GetDocumentAsync("/Recruiter");
        var token = home.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var response = await client.PostAsync("/Recruiter/Team?handler=RenewCode", content);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
