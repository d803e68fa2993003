using System.Net;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Tests.Accounts;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Privacy;

/// <summary>The retention job over a real portal: the seeded policy (24 months, warned 30 days before).</summary>
public class RetentionJobTests(AdminPortal app) : IClassFixture<AdminPortal>
{
    private const string WarningSubject = "Tus carteras de clientes en PortfolioEval se eliminarán";
    private const string ErasedSubject = "Tus carteras de clientes en PortfolioEval se eliminaron";
    private static readonly TimeSpan TwentyFiveMonths = TimeSpan.FromDays(25 * 31);
    private static readonly TimeSpan AWarningLater = TimeSpan.FromDays(31);

    private int EmailsTo(string email, string subject) => app.Outbox.To(email).Count(m => m.Subject == subject);

    [Fact]
    public async Task InactiveCandidate_GetsTheWarningInSpanish_AndASecondRunSendsNothingMore()
    {
        var (_, email) = await app.NewCandidateWithBookAsync("cartera.csv", AdminPortal.Book);
        await app.TimePassesForAsync(email, TwentyFiveMonths);

        await app.RunRetentionAsync();
        await app.RunRetentionAsync();

        Assert.Equal(1, EmailsTo(email, WarningSubject));
        var body = app.Outbox.To(email).Single(m => m.Subject == WarningSubject).TextBody;
        Assert.Contains("se eliminarán el", body, StringComparison.Ordinal);
        Assert.Contains("a menos que inicies sesión", body, StringComparison.Ordinal);
        Assert.NotNull(await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.RetentionWarnedAt).SingleAsync()));
        Assert.Equal(1, (await app.StoredBooksAsync(email)).Books);
    }

    [Fact]
    public async Task ActiveCandidate_IsNeitherWarnedNorErased()
    {
        var (_, email) = await app.NewCandidateWithBookAsync("cartera.csv", AdminPortal.Book);
        await app.TimePassesForAsync(email, TimeSpan.FromDays(23 * 30));

        await app.RunRetentionAsync();

        Assert.Equal(0, EmailsTo(email, WarningSubject));
        Assert.Equal(1, (await app.StoredBooksAsync(email)).Books);
    }

    [Fact]
    public async Task WarningRunsOut_BooksAreErased_AndTheAccountRemains()
    {
        var (_, email) = await app.NewCandidateWithBookAsync("cartera.csv", AdminPortal.Book);
        Assert.True((await app.StoredBooksAsync(email)).Contents > 0);
        await app.TimePassesForAsync(email, TwentyFiveMonths);
        await app.RunRetentionAsync();

        await app.TimePassesForAsync(email, AWarningLater);
        await app.RunRetentionAsync();
        await app.RunRetentionAsync();

        Assert.Equal((0, 0), await app.StoredBooksAsync(email));
        Assert.Equal(1, EmailsTo(email, ErasedSubject));
        using var login = await app.CreateBrowser().LoginAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Fact]
    public async Task CandidateWhoSignsInAfterTheWarning_KeepsTheirBooks()
    {
        var (_, email) = await app.NewCandidateWithBookAsync("cartera.csv", AdminPortal.Book);
        await app.TimePassesForAsync(email, TwentyFiveMonths);
        await app.RunRetentionAsync();

        using (var login = await app.CreateBrowser().LoginAsync(email))
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        await app.TimePassesForAsync(email, AWarningLater);
        await app.RunRetentionAsync();

        Assert.Equal(1, (await app.StoredBooksAsync(email)).Books);
        Assert.Equal(0, EmailsTo(email, ErasedSubject));
        Assert.Null(await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.RetentionWarnedAt).SingleAsync()));
    }

    [Fact]
    public async Task OneAccountFailing_LeavesItUnwarned_AndThePassGoesOnWithoutLoggingWho()
    {
        var (_, unreachable) = await app.NewCandidateWithBookAsync("cartera.csv", AdminPortal.Book, "Nadia Inalcanzable");
        var (_, reachable) = await app.NewCandidateWithBookAsync("cartera.csv", AdminPortal.Book, "Rosa Alcanzable");
        app.Unreachable[unreachable] = true;
        await app.TimePassesForAsync(unreachable, TwentyFiveMonths);
        await app.TimePassesForAsync(reachable, TwentyFiveMonths);

        var pass = await app.RunRetentionAsync();

        Assert.True(pass.Failed >= 1);
        Assert.Equal(1, EmailsTo(reachable, WarningSubject));
        // Not told, so not warned: a later pass tries again, and the 30 days never start without the email.
        Assert.Null(await app.WithDbAsync(db => db.Users.Where(u => u.Email == unreachable).Select(u => u.RetentionWarnedAt).SingleAsync()));
        Assert.Contains(app.Log.Lines, l => l.Contains("RetentionJob", StringComparison.Ordinal) && l.Contains("InvalidOperationException", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Log.Lines, l => l.Contains(unreachable, StringComparison.OrdinalIgnoreCase) || l.Contains("Nadia", StringComparison.Ordinal));

        app.Unreachable.TryRemove(unreachable, out _);
        await app.RunRetentionAsync();
        Assert.Equal(1, EmailsTo(unreachable, WarningSubject));
    }

    [Fact]
    public async Task CandidateWhoseErasureAnotherNodeHasClaimed_IsNotWarnedAgain_NorErasedByThisNode()
    {
        var (_, email) = await app.NewCandidateWithBookAsync("cartera.csv", AdminPortal.Book);
        await app.TimePassesForAsync(email, TwentyFiveMonths);
        await app.RunRetentionAsync();
        await app.TimePassesForAsync(email, AWarningLater);
        // What another node's erasure claim leaves while it is still deleting the books: the warning moved to its pass.
        var claimedAt = DateTimeOffset.UtcNow;
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == email)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.RetentionWarnedAt, claimedAt)));

        await app.RunRetentionAsync();

        Assert.Equal(1, EmailsTo(email, WarningSubject));
        Assert.Equal(0, EmailsTo(email, ErasedSubject));
        Assert.True((await app.StoredBooksAsync(email)).Contents > 0);
    }

    [Fact]
    public async Task TwoPassesAtOnce_WarnOnlyOnce()
    {
        var (_, email) = await app.NewCandidateWithBookAsync("cartera.csv", AdminPortal.Book);
        await app.TimePassesForAsync(email, TwentyFiveMonths);

        await Task.WhenAll(app.RunRetentionAsync(), app.RunRetentionAsync(), app.RunRetentionAsync());

        Assert.Equal(1, EmailsTo(email, WarningSubject));
    }

    [Fact]
    public async Task RetentionPage_RunNow_WarnsAndListsTheCandidateWithTheErasureDate()
    {
        var (_, email) = await app.NewCandidateWithBookAsync("cartera.csv", AdminPortal.Book);
        await app.TimePassesForAsync(email, TwentyFiveMonths);
        var admin = await app.AdminAsync();

        using var run = await admin.SubmitAsync("/Admin/Retention", new Dictionary<string, string>(), "[data-testid=run-now]");
        var page = await Forms.ParseAsync(run);

        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        Assert.NotNull(page.QuerySelector("[data-testid=pass]"));
        var row = page.QuerySelectorAll("[data-testid=warned-candidate]").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal));
        var erasedOn = DateTimeOffset.UtcNow.AddDays(30).ToLocalTime().ToString("d", new System.Globalization.CultureInfo("es"));
        Assert.Equal(erasedOn, row.QuerySelector("[data-testid=erased-on]")!.TextContent.Trim());
        Assert.Equal(1, EmailsTo(email, WarningSubject));
    }
}
