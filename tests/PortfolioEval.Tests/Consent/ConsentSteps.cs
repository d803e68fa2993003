using System.Net;
using System.Security.Claims;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Recruiting;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Books;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Consent;

namespace PortfolioEval.Tests.Consent;

/// <summary>
/// The candidate's consent pages, step by step: the consent form, what the database holds behind a consent, and a
/// recruiter opening a report (people, companies and openings come from <see cref="Arrange"/>).
/// </summary>
internal static class ConsentSteps
{
    /// <summary>A sample book whose clients we know by name (see samples/README.md).</summary>
    public const string SampleBook = "demo-bruno.csv";
    public const string ClientInSample = "Comercial San Gabriel";

    /// <summary>Fills the consent form on <paramref name="url"/> as shown, ticks the box, and applies <paramref name="changes"/>.</summary>
    public static Task<HttpResponseMessage> ConsentAsync(this HttpClient client, string url, IReadOnlyDictionary<string, string>? changes = null)
    {
        var fields = new Dictionary<string, string> { ["Input.Agree"] = "true" };
        foreach (var (name, value) in changes ?? new Dictionary<string, string>())
            fields[name] = value;
        return client.SubmitAsync(url, fields, "[data-testid=consent-form]");
    }

    public static async Task<CandidateConsent> ConsentAsync(this PortfolioFactory app, Guid consentId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().Consents.AsNoTracking().SingleAsync(c => c.Id == consentId);
    }

    public static async Task<IReadOnlyList<CandidateConsent>> ConsentsOfAsync(this PortfolioFactory app, string candidateId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().Consents.AsNoTracking()
            .Where(c => c.CandidateId == candidateId).ToListAsync();
    }

    public static async Task<bool> HasSharedReportAsync(this PortfolioFactory app, Guid consentId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().SharedReports.AnyAsync(r => r.ConsentId == consentId);
    }

    public static async Task<int> AccessLogCountAsync(this PortfolioFactory app, string candidateId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().AccessLog.CountAsync(e => e.CandidateId == candidateId);
    }

    /// <summary>A recruiter of <paramref name="company"/> opens the candidate's report as the recruiter pages do, which logs it.</summary>
    public static async Task RecruiterOpensAsync(this PortfolioFactory app, RegisteredCompany company, Guid bookId, ReportAccessRequirement requirement) =>
        Assert.NotNull(await app.RecruiterTriesAsync(company, bookId, requirement));

    /// <summary>What a recruiter of <paramref name="company"/> gets asking for the report; null is the recruiter pages' 404.</summary>
    public static async Task<CompanyReport?> RecruiterTriesAsync(this PortfolioFactory app, RegisteredCompany company, Guid bookId,
        ReportAccessRequirement? requirement = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var recruiter = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, company.Admin.Id)], "Test"));
        return await scope.ServiceProvider.GetRequiredService<CompanyReports>()
            .OpenAsync(recruiter, bookId, requirement ?? ReportAccessRequirement.View, CancellationToken.None);
    }

    /// <summary>Posts to <paramref name="action"/> with the antiforgery token of the form on <paramref name="tokenPage"/>, as a forged form would.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenOfAsync(this HttpClient client, string tokenPage, string action)
    {
        var page = await client.GetDocumentAsync(tokenPage);
        var token = page.QuerySelectorAll("input[name=__RequestVerificationToken]").OfType<IHtmlInputElement>().First().Value;
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        return await client.PostAsync(action, content);
    }

    /// <summary>The id in the Location of the redirect after a consent is granted (<c>/Candidate/Consents?granted=...</c>).</summary>
    public static Guid GrantedId(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Candidate/Consents?granted=", location, StringComparison.Ordinal);
        return Guid.Parse(location.Split('=')[^1]);
    }
}
