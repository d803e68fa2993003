using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Notifications;
using PortfolioEval.Recruiting;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Consent;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Tests.Recruiting;
using PortfolioEval.Web.Notifications;

namespace PortfolioEval.Tests.Notifications;

/// <summary>Who is told what (in the portal and by email), each person's preferences, and the expiry reminder sent once.</summary>
[Collection(SharedPortal.Name)]
public class NotificationTests(PortfolioFactory app)
{
    private Task<List<Notification>> NotificationsAsync(string userId, Guid consentId) =>
        app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.UserId == userId && n.ConsentId == consentId).ToListAsync());

    [Fact]
    public async Task Applying_TellsEveryRecruiterOfTheCompany_InTheListAndByEmail()
    {
        var admin = await app.NewCompanyAdminAsync("Avisos Postulación");
        var colleague = await app.NewColleagueAsync(admin);
        var opening = await app.NewOpeningAsync(admin, "Ejecutivo de avisos");
        var candidate = await app.NewCandidateWithBookAsync();

        var consent = await app.GrantAsync(candidate, admin, "Ana T.", opening.Id);

        foreach (var recruiter in new[] { admin, colleague })
        {
            Assert.Equal(NotificationKind.ApplicationReceived, Assert.Single(await NotificationsAsync(recruiter.Id, consent.Id)).Kind);
            // Granted outside a request here, so the email is in the test's language: its names are what matter.
            Assert.Contains("Ana T.", app.Outbox.Last(recruiter.Email).TextBody, StringComparison.Ordinal);
            Assert.Contains("Ejecutivo de avisos", app.Outbox.Last(recruiter.Email).TextBody, StringComparison.Ordinal);
            var list = await recruiter.Client.GetDocumentAsync("/Notifications");
            Assert.Contains("Ana T. postuló a «Ejecutivo de avisos».", list.QuerySelector("[data-testid=notifications]")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task StatusChange_TellsTheCandidate_UnlessTheyTurnedThatKindOff()
    {
        var admin = await app.NewCompanyAdminAsync("Avisos Estado");
        var opening = await app.NewOpeningAsync(admin);
        var candidate = await app.NewCandidateWithBookAsync();
        var consent = await app.GrantAsync(candidate, admin, "Ana T.", opening.Id);
        var dashboard = DashboardSteps.DashboardUrl(opening.Id);

        using (await admin.Client.MoveAsync(dashboard, consent.Id, ShortlistStatus.Shortlisted)) { }
        Assert.Equal("Shortlisted", Assert.Single(await NotificationsAsync(candidate.Id, consent.Id)).Detail);
        Assert.Contains("Preseleccionado", app.Outbox.Last(candidate.Email).TextBody, StringComparison.Ordinal);
        var emailsBefore = app.Outbox.To(candidate.Email).Count;

        using var saved = await candidate.Client.SubmitAsync("/Notifications/Preferences",
            new Dictionary<string, string> { ["On"] = nameof(NotificationKind.MessageReceived) }, "[data-testid=preferences-form]");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using (await admin.Client.MoveAsync(dashboard, consent.Id, ShortlistStatus.Interviewing)) { }

        Assert.Single(await NotificationsAsync(candidate.Id, consent.Id));
        Assert.Equal(emailsBefore, app.Outbox.To(candidate.Email).Count);
        var preferences = await candidate.Client.GetDocumentAsync("/Notifications/Preferences");
        Assert.False(preferences.QuerySelector($"[data-testid=kind-{NotificationKind.StatusChanged}]")!.HasAttribute("checked"));
        Assert.True(preferences.QuerySelector($"[data-testid=kind-{NotificationKind.MessageReceived}]")!.HasAttribute("checked"));
        Assert.Null(preferences.QuerySelector($"[data-testid=kind-{NotificationKind.ApplicationReceived}]"));
    }

    [Fact]
    public async Task StatusChange_IsWrittenInTheCandidatesLanguage_NotInTheRecruiters()
    {
        var admin = await app.NewCompanyAdminAsync("Avisos Idioma");
        var opening = await app.NewOpeningAsync(admin);
        var candidate = await app.NewCandidateWithBookAsync();
        var consent = await app.GrantAsync(candidate, admin, "Ana T.", opening.Id);

        using (var switched = await candidate.Client.SubmitAsync("/Candidate", new Dictionary<string, string> { ["culture"] = "en" }, "[data-testid=culture-switcher]"))
            Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        using (await admin.Client.MoveAsync(DashboardSteps.DashboardUrl(opening.Id), consent.Id, ShortlistStatus.Shortlisted)) { }

        var email = app.Outbox.Last(candidate.Email);
        Assert.Equal("en", await app.WithDbAsync(db => db.Users.Where(u => u.Id == candidate.Id).Select(u => u.Language).SingleAsync()));
        Assert.StartsWith("Your application to Avisos Idioma moved on", email.Subject, StringComparison.Ordinal);
        Assert.Contains("Shortlisted", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Preseleccionado", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoking_TellsTheCompany_Once()
    {
        var admin = await app.NewCompanyAdminAsync("Avisos Revocación");
        var candidate = await app.NewCandidateWithBookAsync();
        var consent = await app.GrantAsync(candidate, admin, "Ana T.", (await app.NewOpeningAsync(admin)).Id);
        var emailsBefore = app.Outbox.To(admin.Email).Count;

        await app.RevokeAsync(consent);
        await app.RevokeAsync(consent);

        Assert.Single(await NotificationsAsync(admin.Id, consent.Id), n => n.Kind == NotificationKind.ConsentRevoked);
        Assert.Equal(emailsBefore + 1, app.Outbox.To(admin.Email).Count);
    }

    [Fact]
    public async Task ExpiryReminder_IsSentOnce_EvenWhenTwoPassesRunAtOnce_AndRenewingClearsIt()
    {
        var admin = await app.NewCompanyAdminAsync("Avisos Vencimiento");
        var candidate = await app.NewCandidateWithBookAsync();
        var consent = await app.GrantAsync(candidate, admin, "Ana T.", duration: TimeSpan.FromDays(5));
        var farOff = await app.GrantAsync(candidate, admin, "Ana T.", bookId: candidate.BookId, duration: TimeSpan.FromDays(30));

        await Task.WhenAll(RemindAsync(), RemindAsync());
        await RemindAsync();

        Assert.Single(await NotificationsAsync(candidate.Id, consent.Id), n => n.Kind == NotificationKind.ConsentExpiring);
        Assert.Empty(await NotificationsAsync(candidate.Id, farOff.Id));
        var reminders = app.Outbox.To(candidate.Email).Where(m => m.Subject?.StartsWith("Tu consentimiento para", StringComparison.Ordinal) == true).ToList();
        var reminder = Assert.Single(reminders);
        Assert.Contains($"/Candidate/Consents/Renew/{consent.Id}", reminder.TextBody, StringComparison.Ordinal);

        using var renewed = await candidate.Client.SubmitAsync($"/Candidate/Consents/Renew/{consent.Id}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, renewed.StatusCode);
        var after = await app.ConsentAsync(consent.Id);
        Assert.Null(after.ExpiryRemindedAt);
        Assert.True(after.ExpiresAt > consent.ExpiresAt.AddDays(80));
        Assert.True(after.IsInForce(DateTimeOffset.UtcNow));
    }

    private async Task RemindAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ExpiryReminders>().RunOnceAsync(CancellationToken.None);
    }
}
