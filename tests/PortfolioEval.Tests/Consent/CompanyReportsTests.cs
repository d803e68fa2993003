using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Accounts;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Tests.Recruiting;
using PortfolioEval.Web.Consent;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Tests.Consent;

/// <summary>
/// The one gate a company's reader passes (<see cref="CompanyReports"/>), asked directly: only the user's id comes from
/// the principal, everything else from the database and the clock on this very call.
/// </summary>
[Collection(SharedPortal.Consent)]
public class CompanyReportsTests(PortfolioFactory app)
{
    [Fact]
    public async Task OpenAsync_RecruiterWithConsentInForce_ReadsTheReportForEveryAction_AndLogsEachAsItsAction()
    {
        var (recruiter, candidate, consent) = await SharedAsync("Gate Acciones");
        var user = SignedIn(recruiter.Id);

        await using var scope = app.Services.CreateAsyncScope();
        var gate = scope.ServiceProvider.GetRequiredService<CompanyReports>();
        var view = await gate.OpenAsync(user, candidate.BookId, ReportAccessRequirement.View, CancellationToken.None);
        var compare = await gate.OpenAsync(user, candidate.BookId, ReportAccessRequirement.Compare, CancellationToken.None);
        var export = await gate.OpenAsync(user, candidate.BookId, ReportAccessRequirement.Export, CancellationToken.None);

        Assert.All([view, compare, export], r => Assert.Equal(consent.Id, r!.Consent.Id));
        Assert.Equal(view!.Report.Composite.Score, export!.Report.Composite.Score);
        Assert.Equal([AccessAction.ViewReport, AccessAction.Compare, AccessAction.Export],
            (await app.AccessLogAsync(candidate.BookId)).Select(e => e.Action));
    }

    [Fact]
    public async Task OpenAsync_RevokedBetweenTwoRequests_TheNextFindsNothing()
    {
        var (recruiter, candidate, consent) = await SharedAsync("Gate Revocada");
        var user = SignedIn(recruiter.Id);
        Assert.NotNull(await OpenAsync(user, candidate.BookId));

        await app.RevokeAsync(consent);

        Assert.Null(await OpenAsync(user, candidate.BookId));
    }

    [Fact]
    public async Task OpenAsync_ConsentRunsOut_ReadsTheClockOnEveryRequest()
    {
        var (recruiter, candidate, consent) = await SharedAsync("Gate Caducada", TimeSpan.FromDays(3));
        var user = SignedIn(recruiter.Id);

        Assert.NotNull(await OpenAsync(user, candidate.BookId, consent.ExpiresAt.AddTicks(-1)));
        Assert.Null(await OpenAsync(user, candidate.BookId, consent.ExpiresAt));
    }

    [Fact]
    public async Task OpenAsync_RoleAndCompanyClaimsInTheCookie_AreIgnored()
    {
        var (recruiter, candidate, _) = await SharedAsync("Gate Reclamos");
        var other = await app.NewCandidateWithBookAsync();
        var companyId = await app.CompanyIdAsync(recruiter);
        var pretender = SignedIn(other.Id,
            new Claim(ClaimTypes.Role, Roles.Recruiter), new Claim("company", companyId.ToString()));

        Assert.Null(await OpenAsync(pretender, candidate.BookId));
    }

    [Fact]
    public async Task OpenAsync_AccountNoLongerExists_FindsNothing()
    {
        var (_, candidate, _) = await SharedAsync("Gate Sin Cuenta");

        Assert.Null(await OpenAsync(SignedIn(Guid.NewGuid().ToString()), candidate.BookId));
    }

    [Fact]
    public async Task OpenAsync_Anonymous_FindsNothing()
    {
        var (_, candidate, _) = await SharedAsync("Gate Anonimo");

        Assert.Null(await OpenAsync(new ClaimsPrincipal(new ClaimsIdentity()), candidate.BookId));
    }

    [Fact]
    public async Task OpenAsync_NoSuchBook_FindsNothing()
    {
        var (recruiter, _, _) = await SharedAsync("Gate Sin Libro");

        Assert.Null(await OpenAsync(SignedIn(recruiter.Id), Guid.NewGuid()));
    }

    [Fact]
    public async Task OpenAsync_TheOwnerThroughTheCompanyGate_FindsNothing()
    {
        var (_, candidate, _) = await SharedAsync("Gate Propietario");

        Assert.Null(await OpenAsync(SignedIn(candidate.Id), candidate.BookId));
    }

    [Fact]
    public async Task OpenAsync_AnotherCompanysRecruiter_FindsNothing_AndNothingIsLogged()
    {
        var (_, candidate, _) = await SharedAsync("Gate Propia");
        var stranger = await app.NewCompanyAdminAsync("Gate Ajena");

        Assert.Null(await OpenAsync(SignedIn(stranger.Id), candidate.BookId));
        Assert.Empty(await app.AccessLogAsync(candidate.BookId));
    }

    [Fact]
    public async Task OpenManyAsync_OneBookNotShared_FindsNone_AndLogsNothing()
    {
        var (recruiter, candidate, _) = await SharedAsync("Gate Varios");
        var unshared = await candidate.Client.ImportSampleAsync();

        await using var scope = app.Services.CreateAsyncScope();
        var reports = await scope.ServiceProvider.GetRequiredService<CompanyReports>()
            .OpenManyAsync(SignedIn(recruiter.Id), [candidate.BookId, unshared], ReportAccessRequirement.Compare, CancellationToken.None);

        Assert.Null(reports);
        Assert.Empty(await app.AccessLogAsync(candidate.BookId));
    }

    [Fact]
    public async Task DecideConsentAsync_AndTheOpeningsFigures_FollowTheSameRuleAsOpening()
    {
        var admin = await app.NewCompanyAdminAsync("Gate Cifras");
        var opening = await app.NewOpeningAsync(admin, "Ejecutivo de cifras");
        var candidate = await app.NewCandidateWithBookAsync();
        var consent = await app.GrantAsync(candidate, admin, "Bruno S.", opening.Id);
        var user = SignedIn(admin.Id);

        var (decided, figures) = await DecideAndListAsync(user, consent.Id, opening.Id);
        Assert.Equal(consent.Id, decided!.Decision.ConsentId);
        Assert.Equal(consent.Id, Assert.Single(figures).ConsentId);

        await app.RevokeAsync(consent);

        (decided, figures) = await DecideAndListAsync(user, consent.Id, opening.Id);
        Assert.Null(decided);
        Assert.Empty(figures);
    }

    [Fact]
    public void Requirement_NamesTheActionTheLogRecords()
    {
        Assert.Equal(AccessAction.ViewReport, ReportAccessRequirement.View.LoggedAs);
        Assert.Equal(AccessAction.Compare, ReportAccessRequirement.Compare.LoggedAs);
        Assert.Equal(AccessAction.Export, ReportAccessRequirement.Export.LoggedAs);
    }

    private async Task<(Person Recruiter, Person Candidate, CandidateConsent Consent)> SharedAsync(string company, TimeSpan? duration = null)
    {
        var recruiter = await app.NewCompanyAdminAsync(company);
        var candidate = await app.NewCandidateWithBookAsync();
        var consent = await app.GrantAsync(candidate, recruiter, "Bruno S.", duration: duration);
        return (recruiter, candidate, consent);
    }

    private async Task<CompanyReport?> OpenAsync(ClaimsPrincipal user, Guid bookId, DateTimeOffset? at = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var gate = at is { } moment
            ? new CompanyReports(services.GetRequiredService<PortfolioDbContext>(), services.GetRequiredService<CandidateKeys>(), new StoppedClock(moment))
            : services.GetRequiredService<CompanyReports>();
        return await gate.OpenAsync(user, bookId, ReportAccessRequirement.View, CancellationToken.None);
    }

    private async Task<(DecidedConsent? Decided, IReadOnlyList<ReportFigures> Figures)> DecideAndListAsync(ClaimsPrincipal user, Guid consentId, Guid openingId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var gate = scope.ServiceProvider.GetRequiredService<CompanyReports>();
        return (await gate.DecideConsentAsync(user, consentId, CancellationToken.None),
            await gate.FiguresForOpeningAsync(user, openingId, CancellationToken.None));
    }

    // ASP.NET Core Identity puts the user's id in NameIdentifier; the authentication type makes the identity signed in.
    private static ClaimsPrincipal SignedIn(string userId, params Claim[] more) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId), .. more], authenticationType: "Identity.Application"));

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
