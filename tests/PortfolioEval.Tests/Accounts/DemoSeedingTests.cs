using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Accounts;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Recruiting;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Demo;

namespace PortfolioEval.Tests.Accounts;

public class DemoSeedingTests(DemoPortalFactory app) : IClassFixture<DemoPortalFactory>
{
    [Fact]
    public async Task Demo_SeedsEveryRoleWithAPrintedPassword()
    {
        var printed = app.PrintedPasswords();

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var (email, _, role) in DemoSeeder.People)
        {
            var user = await users.FindByEmailAsync(email);
            Assert.NotNull(user);
            Assert.True(user.EmailConfirmed);
            Assert.True(await users.IsInRoleAsync(user, role), $"{email} should be {role}");
            Assert.True(await users.CheckPasswordAsync(user, printed[email]), $"the printed password of {email} should work");
        }
    }

    [Fact]
    public void Demo_PasswordsAreGeneratedNotFixed()
    {
        var printed = app.PrintedPasswords();

        Assert.Equal(DemoSeeder.People.Count, printed.Count);
        Assert.Equal(printed.Count, printed.Values.Distinct(StringComparer.Ordinal).Count());
        Assert.All(printed.Values, p => Assert.True(p.Length >= 16));
    }

    [Fact]
    public async Task Demo_CandidatesHaveAClientBookEach_ImportedFromTheSamples()
    {
        _ = app.Server;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();

        var books = await db.ClientBooks.Join(db.Users, b => b.CandidateId, u => u.Id, (b, u) => new { u.Email, b.Clients, b.RowsRead })
            .ToListAsync();

        Assert.Equal(DemoBooks.BookOf.Keys.Order(StringComparer.Ordinal), books.Select(b => b.Email!).Order(StringComparer.Ordinal));
        Assert.All(books, b => Assert.True(b.Clients > 10, $"{b.Email} has {b.Clients} clients"));
    }

    [Fact]
    public async Task Demo_SecondRun_CreatesNothingAndSaysSo()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var console = new StringWriter();

        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(console);

        Assert.Contains("Demo accounts already exist", console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_CandidatesAppliedToTheOpening_WithConsentInForceAndASharedReport()
    {
        _ = app.Server;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var opening = await db.Openings.SingleAsync(o => o.Title == DemoSeeder.OpeningTitle);

        var consents = await db.Consents.Where(c => c.OpeningId == opening.Id).ToListAsync();

        Assert.Equal(DemoBooks.BookOf.Count, consents.Count);
        Assert.All(consents, c => Assert.Equal(ConsentState.InForce, c.StateAt(DateTimeOffset.UtcNow)));
        Assert.Equal(consents.Count, await db.SharedReports.CountAsync(r => consents.Select(c => c.Id).Contains(r.ConsentId)));
        Assert.Contains("Ana Torres", consents.Select(c => c.SharedName));
        Assert.Equal(6, consents.Count);
    }

    [Fact]
    public async Task Demo_RecruiterShortlistedOneCandidate_WithANoteAndTheChangeLogged()
    {
        _ = app.Server;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var elena = await db.Users.SingleAsync(u => u.Email == DemoSeeder.ShortlistedCandidate);
        var recruiter = await db.Users.SingleAsync(u => u.Email == $"reclutador@{DemoSeeder.Domain}");

        var entry = await db.Shortlist.SingleAsync();

        var consent = await db.Consents.SingleAsync(c => c.Id == entry.ConsentId);
        Assert.Equal(elena.Id, consent.CandidateId);
        Assert.Equal((ShortlistStatus.Shortlisted, DemoSeeder.ShortlistNote, recruiter.Id), (entry.Status, entry.Note, entry.UpdatedBy));
        Assert.True(await db.AccessLog.AnyAsync(e => e.ConsentId == consent.Id && e.Action == AccessAction.StatusChange && e.RecruiterId == recruiter.Id));
    }
}
