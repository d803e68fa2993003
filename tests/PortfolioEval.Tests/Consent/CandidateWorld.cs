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

/// <summary>A hiring company registered by its first recruiter through the real form.</summary>
internal sealed record RegisteredCompany(Guid Id, string Name, string RecruiterId);

/// <summary>
/// What the candidate's consent pages need around them: candidates with books, companies, openings (added through a
/// service scope, as the openings pages are built elsewhere), and a recruiter opening a report.
/// </summary>
internal static class CandidateWorld
{
    /// <summary>A sample book whose clients we know by name (see samples/README.md).</summary>
    public const string SampleBook = "demo-bruno.csv";
    public const string ClientInSample = "Comercial San Gabriel";

    public static async Task<RegisteredCompany> NewCompanyAsync(this PortfolioFactory app, string name = "Distribuidora Andina")
    {
        var email = AccountSteps.NewEmail("recruiter");
        var unique = $"{name} {Guid.NewGuid().ToString("N")[..6]}";
        using var client = app.CreateBrowser();
        using (var registered = await client.RegisterRecruiterAsync(email, unique))
            Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().Users.SingleAsync(u => u.Email == email);
        return new RegisteredCompany(user.HiringCompanyId!.Value, unique, user.Id);
    }

    public static async Task<Opening> AddOpeningAsync(this PortfolioFactory app, RegisteredCompany company, string title = "Ejecutivo de ventas", bool open = true)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var opening = new Opening(company.Id, title, "Lima", DateTimeOffset.UtcNow);
        if (!open)
            opening.Close();
        db.Openings.Add(opening);
        await db.SaveChangesAsync();
        return opening;
    }

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
        var recruiter = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, company.RecruiterId)], "Test"));
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
