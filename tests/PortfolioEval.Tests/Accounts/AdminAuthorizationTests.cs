using System.Net;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Accounts;

/// <summary>Every admin page against every role: only admins get in; everyone else is refused at the door.</summary>
public class AdminAuthorizationTests(DemoPortalFactory app) : IClassFixture<DemoPortalFactory>
{
    private const string Candidate = "ana@demo.portfolioeval.test";
    private const string Recruiter = "reclutador@demo.portfolioeval.test";
    private const string CompanyAdmin = "empresa@demo.portfolioeval.test";
    private const string Admin = "admin@demo.portfolioeval.test";

    private static readonly string[] Pages =
        ["/Admin/Companies", "/Admin/Users", "/Admin/Users?q=ana&p=2", "/Admin/Users/Lock?id=x", "/Admin/Retention", "/Admin/Processing"];

    public static TheoryData<string?, string, HttpStatusCode> Matrix()
    {
        var data = new TheoryData<string?, string, HttpStatusCode>();
        foreach (var page in Pages)
        {
            data.Add(null, page, HttpStatusCode.Redirect);
            data.Add(Candidate, page, HttpStatusCode.Forbidden);
            data.Add(Recruiter, page, HttpStatusCode.Forbidden);
            data.Add(CompanyAdmin, page, HttpStatusCode.Forbidden);
            // No account has the id "x": the admin gets in and is told so.
            data.Add(Admin, page, page.Contains("Lock", StringComparison.Ordinal) ? HttpStatusCode.NotFound : HttpStatusCode.OK);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task AdminPage_OpensOnlyForAdmins(string? who, string page, HttpStatusCode expected)
    {
        var client = await app.LoggedInAsync(who);

        using var response = await client.GetAsync(page);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
            Assert.StartsWith("http://localhost/Account/Login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Candidate, "/Candidate", "/Admin/Retention?handler=Run")]
    [InlineData(CompanyAdmin, "/Recruiter", "/Admin/Retention")]
    [InlineData(Recruiter, "/Recruiter", "/Admin/Users/Lock?id=x&handler=Lock")]
    public async Task AdminAction_PostedByAnotherRole_IsForbidden(string who, string ownPage, string action)
    {
        var client = await app.LoggedInAsync(who);
        var home = await client.GetDocumentAsync(ownPage);
        var token = home.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.InactiveMonths"] = "1",
            ["Input.WarningDays"] = "1",
        });
        using var response = await client.PostAsync(action, content);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
