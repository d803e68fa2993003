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
internal sealed record Person(HttpClient Client, string Id, string Email, Guid BookId = default)
{
    /// <summary>The person as their browser and the email they registered with.</summary>
    public void Deconstruct(out HttpClient client, out string email) => (client, email) = (Client, Email);
}

/// <summary>A hiring company registered by its first recruiter, its admin, through the real form.</summary>
internal sealed record RegisteredCompany(Guid Id, string Name, Person Admin);

/// <summary>A company with an opening in two ISIC sections, and candidates who applied to it with their books.</summary>
internal sealed record CompanyWithApplicants(Person Admin, Opening Opening, IReadOnlyList<Person> Candidates, IReadOnlyList<CandidateConsent> Consents)
{
    public Guid[] Books => [.. Candidates.Select(c => c.BookId)];
}

/// <summary>
/// The one way tests arrange people: candidates with books, hiring companies with their recruiters, openings, and the
/// consents between them. Accounts and books are made through the real pages; openings straight in the database;
/// consents through <see cref="ConsentGrants"/>, as the apply page does.
/// </summary>
internal static class Arrange
{
    /// <summary>The demo books: ana (fresh, concentrated, dollars), bruno (stale, soles), carla (fresh, spread).</summary>
    public static readonly string[] DemoBooks = ["demo-ana.xlsx", "demo-bruno.csv", "demo-carla.xlsx"];

    /// <summary>Registers a recruiter with a new company named <paramref name="name"/> and a unique suffix.</summary>
    public static async Task<RegisteredCompany> NewCompanyAsync(this PortfolioFactory app, string name = "Distribuidora Andina")
    {
        var unique = $"{name} {Guid.NewGuid().ToString("N")[..6]}";
        var admin = await app.NewCompanyAdminAsync(unique);
        return new RegisteredCompany(await app.CompanyIdAsync(admin), unique, admin);
    }

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

    /// <summary>A new candidate, signed in, without a book yet.</summary>
    public static async Task<Person> NewCandidateAsync(this PortfolioFactory app, string name = "Ana Prueba")
    {
        var client = app.CreateBrowser();
        var email = AccountSteps.NewEmail("candidate");
        await client.SignUpAndLoginAsync(app, email, (c, e) => c.RegisterCandidateAsync(e, name));
        return new Person(client, await app.IdOfAsync(email), email);
    }

    /// <summary>A new candidate who uploads <paramref name="content"/> as <paramref name="fileName"/> and confirms the suggested mapping.</summary>
    public static async Task<Person> NewCandidateWithBookAsync(this PortfolioFactory app, string fileName, byte[] content, string name = "Ana Prueba")
    {
        var candidate = await app.NewCandidateAsync(name);
        return candidate with { BookId = await candidate.Client.ImportAsync(fileName, content) };
    }

    /// <summary>A new candidate who uploads <paramref name="sample"/> from samples/ and confirms the suggested mapping.</summary>
    public static async Task<Person> NewCandidateWithBookAsync(this PortfolioFactory app, string sample = "demo-bruno.csv")
    {
        var candidate = await app.NewCandidateAsync();
        return candidate with { BookId = await candidate.Client.ImportSampleAsync(sample) };
    }

    /// <summary>Uploads another book as the same candidate; returns its id.</summary>
    public static Task<Guid> ImportSampleAsync(this HttpClient candidate, string sample = "demo-bruno.csv") =>
        candidate.ImportAsync(sample, RepositoryFiles.ReadSample(sample));

    /// <summary>Uploads <paramref name="content"/> as the same candidate and confirms the suggested mapping; returns the book's id.</summary>
    public static async Task<Guid> ImportAsync(this HttpClient candidate, string fileName, byte[] content)
    {
        using var imported = await candidate.ConfirmMappingAsync(await candidate.UploadBookAsync(fileName, content));
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
    public static async Task<Opening> NewOpeningAsync(this PortfolioFactory app, Person recruiter, string title = "Ejecutivo de cuentas") =>
        await app.AddOpeningAsync(await app.CompanyIdAsync(recruiter), title, open: true, trade: false);

    /// <summary>Creates an opening of <paramref name="company"/>, open or closed, straight in the database; returns it.</summary>
    public static Task<Opening> NewOpeningAsync(this PortfolioFactory app, RegisteredCompany company, string title = "Ejecutivo de ventas", bool open = true) =>
        app.AddOpeningAsync(company.Id, title, open, trade: false);

    /// <summary>An opening of the recruiter's company asking for wholesale and retail trade, so relevance is scored.</summary>
    public static async Task<Opening> NewTradeOpeningAsync(this PortfolioFactory app, Person recruiter, string title = "Ejecutivo/a comercial") =>
        await app.AddOpeningAsync(await app.CompanyIdAsync(recruiter), title, open: true, trade: true);

    private static async Task<Opening> AddOpeningAsync(this PortfolioFactory app, Guid companyId, string title, bool open, bool trade)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var opening = new Opening(companyId, title, "Lima", DateTimeOffset.UtcNow);
        if (trade)
            opening.Describe(title, "Lima", ["46", "47"], 20_000m, "PEN");
        if (!open)
            opening.Close();
        db.Openings.Add(opening);
        await db.SaveChangesAsync();
        return opening;
    }

    /// <summary>A company with a trade opening, and one candidate a shared name who applied to it with a demo book (or <paramref name="samples"/>, in turn).</summary>
    public static async Task<CompanyWithApplicants> NewCompanyWithCandidatesAsync(this PortfolioFactory app, string company,
        IReadOnlyList<string> sharedNames, IReadOnlyList<string>? samples = null)
    {
        var admin = await app.NewCompanyAdminAsync(company);
        var opening = await app.NewTradeOpeningAsync(admin, "Ejecutivo/a B2B");
        var candidates = new List<Person>();
        var consents = new List<CandidateConsent>();
        for (var i = 0; i < sharedNames.Count; i++)
        {
            var candidate = await app.NewCandidateWithBookAsync((samples ?? DemoBooks)[i % (samples ?? DemoBooks).Count]);
            candidates.Add(candidate);
            consents.Add(await app.GrantAsync(candidate, admin, sharedNames[i], opening.Id));
        }
        return new CompanyWithApplicants(admin, opening, candidates, consents);
    }

    /// <summary>The candidate lets <paramref name="recruiter"/>'s company see the book's report, as the apply page will.</summary>
    public static async Task<CandidateConsent> GrantAsync(this PortfolioFactory app, Person candidate, Person recruiter,
        string sharedName, Guid? openingId = null, Guid? bookId = null, TimeSpan? duration = null) =>
        await app.GrantAsync(candidate.Email, bookId ?? candidate.BookId, await app.CompanyIdAsync(recruiter), sharedName, openingId, duration);

    /// <summary>The candidate registered with <paramref name="candidateEmail"/> lets a company see one of their books' report.</summary>
    public static async Task<CandidateConsent> GrantAsync(this PortfolioFactory app, string candidateEmail, Guid bookId, Guid companyId,
        string sharedName, Guid? openingId = null, TimeSpan? duration = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PortfolioDbContext>();
        var user = await services.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(candidateEmail);
        var book = await db.ClientBooks.SingleAsync(b => b.Id == bookId);
        var company = await db.HiringCompanies.SingleAsync(c => c.Id == companyId);
        var opening = openingId is { } id ? await db.Openings.SingleAsync(o => o.Id == id) : null;
        return await services.GetRequiredService<ConsentGrants>()
            .GrantAsync(user!, book, company, opening, sharedName, duration, ConsentWorld.Notice(), CancellationToken.None);
    }

    /// <summary>Runs <paramref name="query"/> on the portal's database in a scope of its own.</summary>
    public static async Task<T> WithDbAsync<T>(this PortfolioFactory app, Func<PortfolioDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortfolioDbContext>());
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
