using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Api;
using PortfolioEval.Consent;
using PortfolioEval.Tests.Api;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Demo;

namespace PortfolioEval.Tests.Recruiting;

/// <summary>Who asks for a comparison of the six demo candidates, by page or by API.</summary>
public enum Asker { RecruiterX, CompanyAdminX, CompanyXsKey, RecruiterY, CompanyYsKey, Candidate, Admin, Anonymous }

/// <summary>
/// The demo portal (company X, whose opening the six demo candidates applied to), company Y with its own applicant,
/// a key of each company, and everyone who may or may not compare: what <see cref="CompareRolesTests"/> crosses.
/// </summary>
public sealed class CompareRolesWorld : IAsyncLifetime
{
    private readonly DemoPortalFactory _app = new();
    private readonly Dictionary<Asker, HttpClient> _clients = [];

    internal DemoPortalFactory App => _app;

    /// <summary>The six demo books shared with company X, and their consents (the applications), in the same order.</summary>
    public IReadOnlyList<Guid> Books { get; private set; } = [];
    public IReadOnlyList<CandidateConsent> Consents { get; private set; } = [];

    /// <summary>A book shared with company Y only, and that consent.</summary>
    public Guid BookOfY { get; private set; }
    public CandidateConsent ConsentToY { get; private set; } = null!;

    public const string KeyNameOfX = "ATS de la empresa X";

    private static string Demo(string who) => $"{who}@{DemoSeeder.Domain}";

    public async Task InitializeAsync()
    {
        var recruiterX = await _app.LoggedInAsync(Demo("reclutador"));
        var companyX = await _app.WithDbAsync(db => db.Users.Where(u => u.Email == Demo("reclutador")).Select(u => u.HiringCompanyId!.Value).SingleAsync());
        Consents = await _app.WithDbAsync(db => db.Consents.AsNoTracking().Where(c => c.CompanyId == companyX && c.OpeningId != null)
            .OrderBy(c => c.SharedName).ToListAsync());
        Assert.Equal(6, Consents.Count);
        Books = [.. Consents.Select(c => c.BookId)];

        var adminOfX = new Person(await _app.LoggedInAsync(Demo("empresa")),
            await _app.WithDbAsync(db => db.Users.Where(u => u.Email == Demo("empresa")).Select(u => u.Id).SingleAsync()), Demo("empresa"));
        var companyY = await _app.NewCompanyAsync("Compara Otra Empresa");
        var candidateOfY = await _app.NewCandidateWithBookAsync();
        ConsentToY = await _app.GrantAsync(candidateOfY, companyY.Admin, "Postulante de Y");
        BookOfY = candidateOfY.BookId;

        _clients[Asker.RecruiterX] = recruiterX;
        _clients[Asker.CompanyAdminX] = adminOfX.Client;
        _clients[Asker.CompanyXsKey] = _app.ApiClient(await _app.NewKeyAsync(adminOfX, ApiScopes.All, KeyNameOfX));
        _clients[Asker.RecruiterY] = companyY.Admin.Client;
        _clients[Asker.CompanyYsKey] = _app.ApiClient(await _app.NewKeyAsync(companyY.Admin, ApiScopes.All, "ATS de Y"));
        _clients[Asker.Candidate] = await _app.LoggedInAsync(Demo("ana"));
        _clients[Asker.Admin] = await _app.LoggedInAsync(Demo("admin"));
        _clients[Asker.Anonymous] = await _app.LoggedInAsync(null);
    }

    public HttpClient ClientOf(Asker asker) => _clients[asker];

    /// <summary>Every access-log entry of the six demo books and company Y's book.</summary>
    public Task<List<AccessLogEntry>> LogAsync() =>
        _app.WithDbAsync(db => db.AccessLog.AsNoTracking().Where(e => Books.Contains(e.BookId) || e.BookId == BookOfY).ToListAsync());

    public Task DisposeAsync()
    {
        foreach (var client in _clients.Values.Distinct())
            client.Dispose();
        return _app.DisposeAsync().AsTask();
    }
}
