using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Data;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Testing;
using PortfolioEval.Web.Demo;

namespace PortfolioEval.Tests.Consent;

public enum Who { Anonymous, CandidateA, CandidateB, RecruiterX, CompanyAdminX, RecruiterY, Admin }

public enum Verb
{
    ViewSharedReport, ViewPrivateReport, ViewOwnReport, CompareShared, CompareWithPrivate, ExportShared, ExportPrivate,
    DownloadBook, RevokeConsent, DownloadReceipt, EditOpening, EditCompany,
    CompareCsv, CompareCsvWithPrivate,
    ViewDashboard, ChangeShortlist, ViewValuation, ViewPrivateValuation,
}

/// <summary>
/// The demo portal (company X = the demo company, its recruiter and admin, its opening; ana and bruno applied to it),
/// plus what the matrix needs beyond the demo: a second, private book of ana's, and company Y with a recruiter.
/// </summary>
public sealed class ConsentMatrixWorld : IAsyncLifetime
{
    private readonly DemoPortalFactory _app = new();
    private HttpClient? _recruiterY;
    private Guid _companyOfX;

    public IServiceProvider Services => _app.Services;
    /// <summary>What the demo consent shows recruiters of X: it must appear in no response that is not allowed.</summary>
    public const string SharedNameOfA = "Ana Torres";
    public Guid SharedBookOfA { get; private set; }
    public Guid PrivateBookOfA { get; private set; }
    public Guid SharedBookOfB { get; private set; }
    public Guid OpeningOfX { get; private set; }
    public Guid ConsentOfA { get; private set; }

    /// <summary>The consent the last revocation row aimed at (each revocation gets a fresh one).</summary>
    public Guid LastRevocable { get; private set; }

    private static string Demo(string who) => $"{who}@{DemoSeeder.Domain}";

    public async Task InitializeAsync()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
            var ana = await db.Users.SingleAsync(u => u.Email == Demo("ana"));
            var bruno = await db.Users.SingleAsync(u => u.Email == Demo("bruno"));
            var consentOfA = await db.Consents.SingleAsync(c => c.CandidateId == ana.Id);
            (ConsentOfA, SharedBookOfA, _companyOfX) = (consentOfA.Id, consentOfA.BookId, consentOfA.CompanyId);
            SharedBookOfB = (await db.Consents.SingleAsync(c => c.CandidateId == bruno.Id)).BookId;
            OpeningOfX = consentOfA.OpeningId!.Value;
        }

        var anaClient = await _app.LoggedInAsync(Demo("ana"));
        PrivateBookOfA = await anaClient.ImportAsync("cartera.csv", await File.ReadAllBytesAsync(RepositoryFiles.Sample("crm-export-en.csv")));

        _recruiterY = await SignUpRecruiterOfYAsync();
    }

    public async Task<HttpClient> ClientOfAsync(Who who) => who switch
    {
        Who.Anonymous => await _app.LoggedInAsync(null),
        Who.CandidateA => await _app.LoggedInAsync(Demo("ana")),
        Who.CandidateB => await _app.LoggedInAsync(Demo("bruno")),
        Who.RecruiterX => await _app.LoggedInAsync(Demo("reclutador")),
        Who.CompanyAdminX => await _app.LoggedInAsync(Demo("empresa")),
        Who.RecruiterY => _recruiterY!,
        Who.Admin => await _app.LoggedInAsync(Demo("admin")),
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    public async Task<HttpResponseMessage> SendAsync(HttpClient client, Who who, Verb verb) => verb switch
    {
        Verb.ViewSharedReport => await client.GetAsync($"/Recruiter/Reports/{SharedBookOfA}"),
        Verb.ViewPrivateReport => await client.GetAsync($"/Recruiter/Reports/{PrivateBookOfA}"),
        Verb.ViewOwnReport => await client.GetAsync($"/Candidate/Books/Report/{SharedBookOfA}"),
        Verb.CompareShared => await client.GetAsync($"/Recruiter/Compare?books={SharedBookOfA}&books={SharedBookOfB}"),
        Verb.CompareWithPrivate => await client.GetAsync($"/Recruiter/Compare?books={SharedBookOfB}&books={PrivateBookOfA}"),
        Verb.ExportShared => await client.GetAsync($"/Recruiter/Reports/{SharedBookOfA}?handler=Export"),
        Verb.CompareCsv => await client.GetAsync($"/Recruiter/Compare?handler=Csv&books={SharedBookOfA}&books={SharedBookOfB}"),
        Verb.CompareCsvWithPrivate => await client.GetAsync($"/Recruiter/Compare?handler=Csv&books={SharedBookOfB}&books={PrivateBookOfA}"),
        Verb.ExportPrivate => await client.GetAsync($"/Recruiter/Reports/{PrivateBookOfA}?handler=Export"),
        Verb.DownloadBook => await client.GetAsync($"/Candidate/Books/Original/{SharedBookOfA}"),
        Verb.RevokeConsent => await RevokeAsync(client, who),
        Verb.DownloadReceipt => await client.GetAsync($"/Candidate/Consents/Receipt/{ConsentOfA}"),
        Verb.EditOpening => await client.GetAsync($"/Recruiter/Openings/Edit/{OpeningOfX}"),
        Verb.EditCompany => await client.GetAsync("/Recruiter/Company"),
        Verb.ViewDashboard => await client.GetAsync($"/Recruiter/Openings/Dashboard/{OpeningOfX}"),
        Verb.ChangeShortlist => await ChangeShortlistAsync(client),
        Verb.ViewValuation => await client.GetAsync($"/Recruiter/Valuation/{SharedBookOfA}"),
        Verb.ViewPrivateValuation => await client.GetAsync($"/Recruiter/Valuation/{PrivateBookOfA}"),
        _ => throw new ArgumentOutOfRangeException(nameof(verb)),
    };

    /// <summary>
    /// Posts a revocation of a fresh consent of ana's (shared directly with company X), with the antiforgery token of
    /// the consents page when the user may open it, as a browser would; without one otherwise (it is refused first).
    /// </summary>
    private async Task<HttpResponseMessage> RevokeAsync(HttpClient client, Who who)
    {
        LastRevocable = await GrantFreshConsentOfAAsync();
        var fields = new Dictionary<string, string> { ["id"] = LastRevocable.ToString() };
        using var page = await client.GetAsync("/Candidate/Consents");
        if (page.IsSuccessStatusCode)
        {
            var document = await Forms.ParseAsync(page);
            fields["__RequestVerificationToken"] = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        }
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync("/Candidate/Consents?handler=Revoke", content);
    }

    /// <summary>
    /// Moves ana's application on X's opening, with an antiforgery token when the user has a page that carries one (any
    /// signed-in user: the layout's log-out form), as a browser would; an anonymous post has none and is refused first.
    /// </summary>
    private async Task<HttpResponseMessage> ChangeShortlistAsync(HttpClient client)
    {
        var fields = new Dictionary<string, string> { ["consentId"] = ConsentOfA.ToString(), ["status"] = "Interviewing" };
        var token = (await Forms.ParseAsync(await client.GetAsync("/Privacy"))).QuerySelector("input[name=__RequestVerificationToken]");
        if (token is not null)
            fields["__RequestVerificationToken"] = token.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync($"/Recruiter/Openings/Dashboard/{OpeningOfX}?handler=Status", content);
    }

    private async Task<Guid> GrantFreshConsentOfAAsync() =>
        (await _app.GrantAsync(Demo("ana"), SharedBookOfA, _companyOfX, "Ana T.", duration: TimeSpan.FromDays(30))).Id;

    private async Task<HttpClient> SignUpRecruiterOfYAsync() =>
        (await _app.NewColleagueAsync(await _app.NewCompanyAdminAsync("Minera del Sur S.A."))).Client;

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }
}
