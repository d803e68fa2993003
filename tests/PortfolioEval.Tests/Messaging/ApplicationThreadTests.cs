using System.Net;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Consent;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Consent;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Tests.Recruiting;

namespace PortfolioEval.Tests.Messaging;

/// <summary>
/// The contact details and message thread of an application: the company reads and writes them only through the
/// consent gate; another company, a revoked consent and an admin get "not found".
/// </summary>
[Collection(SharedPortal.Name)]
public class ApplicationThreadTests(PortfolioFactory app)
{
    private sealed record Applied(Person Candidate, Person Recruiter, CandidateConsent Consent);

    /// <summary>A candidate applies through the real form, giving the fields in <paramref name="contact"/>.</summary>
    private async Task<Applied> ApplyAsync(IReadOnlyDictionary<string, string>? contact = null)
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var company = await app.NewCompanyAsync("Hilos Mensajes");
        var opening = await app.NewOpeningAsync(company);
        var fields = new Dictionary<string, string> { ["Input.SharedName"] = "Ana T." };
        foreach (var (name, value) in contact ?? new Dictionary<string, string>())
            fields[name] = value;
        using var applied = await candidate.Client.ConsentAsync($"/Candidate/Apply/{opening.PublicCode}", fields);
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        return new Applied(candidate, company.Admin, await app.ConsentAsync(ConsentSteps.GrantedId(applied)));
    }

    [Fact]
    public async Task Apply_SharesNoContactByDefault_AndTheRecruiterIsToldToWriteInThePortal()
    {
        var (candidate, recruiter, consent) = await ApplyAsync();

        Assert.True(consent.Contact.IsEmpty);
        var page = await recruiter.Client.GetDocumentAsync($"/Recruiter/Messages/{consent.Id}");
        Assert.NotNull(page.QuerySelector("[data-testid=no-contact]"));
        Assert.DoesNotContain(candidate.Email, page.DocumentElement.OuterHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Apply_SharingEmailAndLinkedIn_ShowsThemToTheCompany_AndTheReceiptNamesTheCategoriesNotTheValues()
    {
        var (candidate, recruiter, consent) = await ApplyAsync(new Dictionary<string, string>
        {
            ["Input.ShareEmail"] = "true",
            ["Input.LinkedInUrl"] = "https://www.linkedin.com/in/ana-t",
        });

        Assert.Equal((candidate.Email, null, "https://www.linkedin.com/in/ana-t"), (consent.SharedEmail, consent.SharedPhone, consent.SharedLinkedInUrl));
        var page = await recruiter.Client.GetDocumentAsync($"/Recruiter/Messages/{consent.Id}");
        Assert.Equal(candidate.Email, page.QuerySelector("[data-testid=contact-email]")!.TextContent);
        Assert.Equal("https://www.linkedin.com/in/ana-t", page.QuerySelector("[data-testid=contact-linkedin]")!.TextContent);
        Assert.Null(page.QuerySelector("[data-testid=contact-phone]"));
        Assert.Contains("2 - Contact: la dirección de correo de tu cuenta", consent.ReceiptJson, StringComparison.Ordinal);
        Assert.Contains("2 - Contact: la dirección de tu perfil de LinkedIn", consent.ReceiptJson, StringComparison.Ordinal);
        Assert.DoesNotContain(candidate.Email, consent.ReceiptJson, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Apply_WithAPhoneThatIsNoPhone_IsRefusedNamingTheField()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var opening = await app.NewOpeningAsync(await app.NewCompanyAsync("Hilos Teléfono"));

        using var refused = await candidate.Client.ConsentAsync($"/Candidate/Apply/{opening.PublicCode}",
            new Dictionary<string, string> { ["Input.Phone"] = "call me maybe" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Forms.ParseAsync(refused);
        Assert.Contains("Escribe un número de teléfono", page.QuerySelector("[data-valmsg-for='Input.Phone']")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await app.ConsentsOfAsync(candidate.Id));
    }

    [Fact]
    public async Task RecruiterMessage_IsInTheThreadTheAccessLogAndTheCandidatesEmail_WithNoAddressOfTheRecruiter()
    {
        var (candidate, recruiter, consent) = await ApplyAsync();

        using var sent = await recruiter.Client.SubmitAsync($"/Recruiter/Messages/{consent.Id}",
            new Dictionary<string, string> { ["Input.Text"] = "¿Podemos conversar el lunes?" }, "[data-testid=message-form]");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var thread = await candidate.Client.GetDocumentAsync($"/Candidate/Applications/Messages/{consent.Id}");
        Assert.Equal("¿Podemos conversar el lunes?", Assert.Single(thread.QuerySelectorAll("[data-testid=message-text]")).TextContent);
        Assert.Contains(await app.AccessLogAsync(consent.BookId), e => e.Action == AccessAction.Message && e.ConsentId == consent.Id);
        var email = app.Outbox.Last(candidate.Email);
        Assert.Contains("¿Podemos conversar el lunes?", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(recruiter.Email, email.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CandidateReply_ReachesTheCompanysRecruiters_WithoutTheCandidatesAddress()
    {
        var (candidate, recruiter, consent) = await ApplyAsync();

        using var sent = await candidate.Client.SubmitAsync($"/Candidate/Applications/Messages/{consent.Id}",
            new Dictionary<string, string> { ["Input.Text"] = "Sí, el lunes a las 10." }, "[data-testid=message-form]");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var page = await recruiter.Client.GetDocumentAsync($"/Recruiter/Messages/{consent.Id}");
        Assert.Equal("Sí, el lunes a las 10.", Assert.Single(page.QuerySelectorAll("[data-testid=message-text]")).TextContent);
        var email = app.Outbox.Last(recruiter.Email);
        Assert.Contains("Sí, el lunes a las 10.", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(candidate.Email, email.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnotherCompanysRecruiter_GetsNotFound_ForTheThreadAndForWriting()
    {
        var (_, _, consent) = await ApplyAsync(new Dictionary<string, string> { ["Input.ShareEmail"] = "true" });
        var stranger = await app.NewCompanyAdminAsync("Hilos Ajena");

        using var read = await stranger.Client.GetAsync($"/Recruiter/Messages/{consent.Id}");
        using var write = await stranger.Client.PostWithTokenAsync($"/Recruiter/Messages/{consent.Id}", new Dictionary<string, string> { ["Input.Text"] = "Hola" });

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Messages.CountAsync(m => m.ConsentId == consent.Id)));
    }

    [Fact]
    public async Task AfterRevoking_TheCompanyGetsNotFound_AndTheContactIsForgotten_ButTheCandidateStillReadsTheThread()
    {
        var (candidate, recruiter, consent) = await ApplyAsync(new Dictionary<string, string> { ["Input.Phone"] = "+51 987 654 321" });
        using (await recruiter.Client.SubmitAsync($"/Recruiter/Messages/{consent.Id}",
                   new Dictionary<string, string> { ["Input.Text"] = "Hola Ana" }, "[data-testid=message-form]")) { }

        await app.RevokeAsync(consent);

        using var read = await recruiter.Client.GetAsync($"/Recruiter/Messages/{consent.Id}");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.True((await app.ConsentAsync(consent.Id)).Contact.IsEmpty);
        var thread = await candidate.Client.GetDocumentAsync($"/Candidate/Applications/Messages/{consent.Id}");
        Assert.Equal("Hola Ana", Assert.Single(thread.QuerySelectorAll("[data-testid=message-text]")).TextContent);
        Assert.NotNull(thread.QuerySelector("[data-testid=thread-closed]"));
        using var reply = await candidate.Client.PostWithTokenAsync($"/Candidate/Applications/Messages/{consent.Id}", new Dictionary<string, string> { ["Input.Text"] = "¿Sigue?" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reply.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Messages.CountAsync(m => m.ConsentId == consent.Id)));
    }

    [Fact]
    public async Task Messages_AreInTheCandidatesExport_AndGoWithTheAccount_WithTheirNotifications()
    {
        var (candidate, recruiter, consent) = await ApplyAsync();
        using (await recruiter.Client.SubmitAsync($"/Recruiter/Messages/{consent.Id}",
                   new Dictionary<string, string> { ["Input.Text"] = "Mensaje para exportar" }, "[data-testid=message-form]")) { }

        using var export = await candidate.Client.GetAsync("/Candidate/Privacy?handler=Export");
        using var json = System.Text.Json.JsonDocument.Parse(await export.Content.ReadAsStringAsync());
        var message = Assert.Single(json.RootElement.GetProperty("messages").EnumerateArray());
        Assert.Equal(("Mensaje para exportar", "recruiter"), (message.GetProperty("text").GetString(), message.GetProperty("from").GetString()));

        using var erased = await candidate.Client.SubmitAsync("/Candidate/Privacy",
            new Dictionary<string, string> { ["Password"] = AccountSteps.Password, ["Understood"] = "true" }, "[data-testid=delete-account] form");

        Assert.Equal("/Account/Erased", erased.Headers.Location?.OriginalString);
        Assert.Equal(0, await app.WithDbAsync(db => db.Messages.CountAsync(m => m.ConsentId == consent.Id)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.ConsentId == consent.Id || n.UserId == candidate.Id)));
    }

    [Fact]
    public async Task AnotherCandidate_GetsNotFound_ForSomeoneElsesThread()
    {
        var (_, _, consent) = await ApplyAsync();
        var other = await app.NewCandidateAsync("Otra Persona");

        using var read = await other.Client.GetAsync($"/Candidate/Applications/Messages/{consent.Id}");

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task CandidateSeesTheStatusTheCompanyGaveTheApplication()
    {
        var (candidate, recruiter, consent) = await ApplyAsync();

        using var moved = await recruiter.Client.MoveAsync(DashboardSteps.DashboardUrl(consent.OpeningId!.Value), consent.Id, PortfolioEval.Recruiting.ShortlistStatus.Interviewing);

        var page = await candidate.Client.GetDocumentAsync("/Candidate/Applications");
        var row = page.QuerySelector($"[data-consent-id='{consent.Id}']")!;
        Assert.Equal("Interviewing", row.QuerySelector("[data-testid=application-status]")!.GetAttribute("data-status"));
        Assert.Equal("En entrevistas", row.QuerySelector("[data-testid=application-status]")!.TextContent);
    }
}
