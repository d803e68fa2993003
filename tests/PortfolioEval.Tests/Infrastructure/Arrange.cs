using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Accounts;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Recruiting;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Consent;
using PortfolioEval.Tests.Books;
using PortfolioEval.Web.Consent;

namespace PortfolioEval.Tests.Infrastructure;

/// <summary>
/// A signed-in person of the portal: their browser (cookies and all), their account's id and the email they registered
/// with; for a candidate made with a book, that book's id.
/// </summary>
internal sealed record Person(HttpClient Client, string Id, string Email, Guid BookId = default);

/// <summary>
/// The one way tests arrange people: candidates with books, hiring companies with their recruiters, and the consents
/// between them. Accounts and books are made through the real pages; consents through <see cref="ConsentGrants"/>, as
/// the apply page does.
/// </summary>
internal static class Arrange
{
    /// <summary>Registers a recruiter with a new company, who becomes its admin.</summary>
    public static async Task<Person> NewCompanyAdminAsync(this PortfolioFactory app, string companyName)
    {
        var client = app.CreateBrowser();
        var email = AccountSteps.NewEmail("founder");
        await client.SignUpAndLoginAsync(app, email, (c, e) => c.RegisterRecruiterAsync(e, companyName));
        return new Person(client, await app.IdOfAsync(email), email);
    }

    /// <summary>Registers a recruiter who joins <paramref name="admin"/>'s company with its invitation code.</summary>
    public static async Task<Person> NewColleagueAsync(this PortfolioFactory app, Person admin)
    {
        var code = (await admin.Client.GetDocumentAsync("/Recruiter/Team")).QuerySelector("[data-testid=invitation-code]")!.TextContent;
        var client = app.CreateBrowser();
        var email = AccountSteps.NewEmail("colleague");
        await client.SignUpAndLoginAsync(app, email, (c, e) => c.RegisterRecruiterAsync(e, invitationCode: code));
        return new Person(client, await app.IdOfAsync(email), email);
    }

    /// <summary>A new candidate who uploads <paramref name="sample"/> from samples/ and confirms the suggested mapping.</summary>
    public static async Task<Person> NewCandidateWithBookAsync(this PortfolioFactory app, string sample = "demo-bruno.csv")
    {
        var client = app.CreateBrowser();
        var email = AccountSteps.NewEmail("candidate");
        await client.SignUpAndLoginAsync(app, email, (c, e) => c.RegisterCandidateAsync(e));
        return new Person(client, await app.IdOfAsync(email), email, await client.ImportSampleAsync(sample));
    }

    /// <summary>Uploads another book as the same candidate; returns its id.</summary>
    public static async Task<Guid> ImportSampleAsync(this HttpClient candidate, string sample = "demo-bruno.csv")
    {
        using var imported = await candidate.ConfirmMappingAsync(await candidate.UploadBookAsync(sample, RepositoryFiles.ReadSample(sample)));
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        return Guid.Parse(imported.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    public static async Task<Guid> CompanyIdAsync(this PortfolioFactory app, Person recruiter)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        return await db.Users.Where(u => u.Email == recruiter.Email).Select(u => u.HiringCompanyId!.Value).SingleAsync();
    }

    /// <summary>Creates an opening of <paramref name="recruiter"/>'s company straight in the database; returns it.</summary>
    public static async Task<Opening> NewOpeningAsync(this PortfolioFactory app, Person recruiter, string title = "Ejecutivo de cuentas")
    {
        var companyId = await app.CompanyIdAsync(recruiter);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var opening = new Opening(companyId, title, "Lima", DateTimeOffset.UtcNow);
        db.Openings.Add(opening);
        await db.SaveChangesAsync();
        return opening;
    }

    /// <summary>The candidate lets <paramref name="recruiter"/>'s company see the book's report, as the apply page will.</summary>
    public static async Task<CandidateConsent> GrantAsync(this PortfolioFactory app, Person candidate, Person recruiter,
        string sharedName, Guid? openingId = null, Guid? bookId = null, TimeSpan? duration = null)
    {
        var companyId = await app.CompanyIdAsync(recruiter);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PortfolioDbContext>();
        var user = await services.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(candidate.Email);
        var book = await db.ClientBooks.SingleAsync(b => b.Id == (bookId ?? candidate.BookId));
        var company = await db.HiringCompanies.SingleAsync(c => c.Id == companyId);
        var opening = openingId is { } id ? await db.Openings.SingleAsync(o => o.Id == id) : null;
        return await services.GetRequiredService<ConsentGrants>()
            .GrantAsync(user!, book, company, opening, sharedName, duration, ConsentWorld.Notice(), CancellationToken.None);
    }

    public static async Task RevokeAsync(this PortfolioFactory app, CandidateConsent consent)
    {
        await using var scope = app.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<ConsentGrants>().RevokeAsync(consent.CandidateId, consent.Id, CancellationToken.None));
    }

    /// <summary>What erasing the candidate's account does to a consent: withdrawn, the name shown forgotten.</summary>
    public static async Task WithdrawAsync(this PortfolioFactory app, CandidateConsent consent)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        (await db.Consents.SingleAsync(c => c.Id == consent.Id)).Withdraw(DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }

    /// <summary>The access log entries of one book, oldest first.</summary>
    public static async Task<List<AccessLogEntry>> AccessLogAsync(this PortfolioFactory app, Guid bookId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var entries = await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().AccessLog.AsNoTracking()
            .Where(e => e.BookId == bookId).ToListAsync();
        return [.. entries.OrderBy(e => e.At)];
    }

    private static async Task<string> IdOfAsync(this PortfolioFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email))!.Id;
    }

    /// <summary>The antiforgery token of any page the person can open (the layout's log-out form carries one).</summary>
    public static async Task<string> TokenAsync(this HttpClient client, string page = "/Privacy")
    {
        IHtmlDocument document = await client.GetDocumentAsync(page);
        return document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    /// <summary>Posts <paramref name="fields"/> with a valid antiforgery token, without any form on the page to fill.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, string url, IDictionary<string, string> fields)
    {
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = await client.TokenAsync() };
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(url, content);
    }
}
