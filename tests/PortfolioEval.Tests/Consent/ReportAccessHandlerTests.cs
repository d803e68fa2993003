using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Accounts;
using PortfolioEval.Consent;

namespace PortfolioEval.Tests.Consent;

public class ReportAccessHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);
    private static readonly Guid CompanyX = Guid.NewGuid();
    private static readonly Guid Book = Guid.NewGuid();
    private const string Candidate = "candidate-a";
    private const string Recruiter = "recruiter-x";

    private readonly FakeReportAccessData _data = new();
    private readonly FixedClock _clock = new(Now);

    public ReportAccessHandlerTests()
    {
        _data.Owners[Book] = Candidate;
        _data.Readers[Candidate] = new ReportReader([Roles.Candidate], null);
        _data.Readers[Recruiter] = new ReportReader([Roles.Recruiter], CompanyX);
    }

    [Fact]
    public async Task Handle_Owner_Succeeds()
    {
        Assert.True(await Authorize(SignedIn(Candidate), ReportAccessRequirement.View));
    }

    [Fact]
    public async Task Handle_RecruiterWithConsentInForce_SucceedsForEveryAction()
    {
        var consent = GrantToX();

        Assert.True(await Authorize(SignedIn(Recruiter), ReportAccessRequirement.View));
        Assert.True(await Authorize(SignedIn(Recruiter), ReportAccessRequirement.Compare));
        Assert.True(await Authorize(SignedIn(Recruiter), ReportAccessRequirement.Export));
        var decision = await Handler().DecideAsync(SignedIn(Recruiter), new ReportResource(Book), CancellationToken.None);
        Assert.Equal(consent.ConsentId, decision.ConsentId);
    }

    [Fact]
    public async Task Handle_RevokedBetweenTwoRequests_TheNextRequestFails()
    {
        var consent = GrantToX();
        Assert.True(await Authorize(SignedIn(Recruiter), ReportAccessRequirement.View));

        _data.Consents[0] = consent with { RevokedAt = Now };

        Assert.False(await Authorize(SignedIn(Recruiter), ReportAccessRequirement.View));
    }

    [Fact]
    public async Task Handle_ConsentRunsOut_ReadsTheClockOnEveryRequest()
    {
        var consent = GrantToX();

        _clock.Now = consent.ExpiresAt;

        Assert.False(await Authorize(SignedIn(Recruiter), ReportAccessRequirement.View));
    }

    [Fact]
    public async Task Handle_RoleAndCompanyClaimsInTheCookie_AreIgnored()
    {
        // The database says this user no longer belongs to a company; the cookie still claims the recruiter role.
        GrantToX();
        _data.Readers[Recruiter] = new ReportReader([], null);
        var user = SignedIn(Recruiter, new Claim(ClaimTypes.Role, Roles.Recruiter), new Claim("company", CompanyX.ToString()));

        Assert.False(await Authorize(user, ReportAccessRequirement.View));
    }

    [Fact]
    public async Task Handle_AccountNoLongerExists_Fails()
    {
        GrantToX();
        _data.Readers.Remove(Recruiter);

        Assert.False(await Authorize(SignedIn(Recruiter), ReportAccessRequirement.View));
    }

    [Fact]
    public async Task Handle_Anonymous_FailsWithoutLookingUpAUser()
    {
        GrantToX();
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, Recruiter)]));

        Assert.False(await Authorize(anonymous, ReportAccessRequirement.View));
        Assert.Empty(_data.ReadersAskedFor);
    }

    [Fact]
    public async Task Handle_NoSuchBook_Fails()
    {
        var decision = await Handler().DecideAsync(SignedIn(Candidate), new ReportResource(Guid.NewGuid()), CancellationToken.None);

        Assert.False(decision.IsAllowed);
    }

    [Fact]
    public async Task AuthorizationService_WithTheHandlerRegistered_AsksIt()
    {
        GrantToX();
        var services = new ServiceCollection()
            .AddLogging()
            .AddAuthorization()
            .AddSingleton<IReportAccessData>(_data)
            .AddSingleton<TimeProvider>(_clock)
            .AddScoped<IAuthorizationHandler, ReportAccessHandler>()
            .BuildServiceProvider();
        using var scope = services.CreateScope();
        var authorization = scope.ServiceProvider.GetRequiredService<IAuthorizationService>();

        var recruiter = await authorization.AuthorizeAsync(SignedIn(Recruiter), new ReportResource(Book), ReportAccessRequirement.Export);
        var stranger = await authorization.AuthorizeAsync(SignedIn("stranger"), new ReportResource(Book), ReportAccessRequirement.Export);

        Assert.True(recruiter.Succeeded);
        Assert.False(stranger.Succeeded);
    }

    [Fact]
    public void Requirement_NamesTheActionTheLogRecords()
    {
        Assert.Equal(AccessAction.ViewReport, ReportAccessRequirement.View.LoggedAs);
        Assert.Equal(AccessAction.Compare, ReportAccessRequirement.Compare.LoggedAs);
        Assert.Equal(AccessAction.Export, ReportAccessRequirement.Export.LoggedAs);
    }

    private ConsentFacts GrantToX()
    {
        var consent = new ConsentFacts(Guid.NewGuid(), Candidate, CompanyX, Book, Now.AddDays(30), null, null);
        _data.Consents.Add(consent);
        return consent;
    }

    private ReportAccessHandler Handler() => new(_data, _clock);

    private async Task<bool> Authorize(ClaimsPrincipal user, ReportAccessRequirement requirement)
    {
        var context = new AuthorizationHandlerContext([requirement], user, new ReportResource(Book));
        await Handler().HandleAsync(context);
        return context.HasSucceeded;
    }

    private static ClaimsPrincipal SignedIn(string userId, params Claim[] more) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId), .. more], authenticationType: "Identity.Application"));

    private sealed class FakeReportAccessData : IReportAccessData
    {
        public Dictionary<Guid, string> Owners { get; } = [];
        public Dictionary<string, ReportReader> Readers { get; } = new(StringComparer.Ordinal);
        public List<ConsentFacts> Consents { get; } = [];
        public List<string> ReadersAskedFor { get; } = [];

        public Task<string?> FindBookOwnerAsync(Guid bookId, CancellationToken cancellationToken) =>
            Task.FromResult(Owners.GetValueOrDefault(bookId));

        public Task<ReportReader?> FindReaderAsync(string userId, CancellationToken cancellationToken)
        {
            ReadersAskedFor.Add(userId);
            return Task.FromResult(Readers.GetValueOrDefault(userId));
        }

        public Task<IReadOnlyCollection<ConsentFacts>> ConsentsForBookAsync(Guid bookId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyCollection<ConsentFacts>>(Consents.Where(c => c.BookId == bookId).ToList());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
