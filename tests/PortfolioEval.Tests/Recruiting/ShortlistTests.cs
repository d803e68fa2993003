using System.Net;
using PortfolioEval.Consent;
using PortfolioEval.Recruiting;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Recruiting;

/// <summary>The shortlist on an opening's dashboard: a status and a private note per candidate, for the company only.</summary>
[Collection(SharedPortal.Recruiting)]
public class ShortlistTests(PortfolioFactory app)
{
    private async Task<(Person Recruiter, Opening Opening, Person Candidate, CandidateConsent Consent)> ApplicationAsync(string company)
    {
        var recruiter = await app.NewCompanyAdminAsync(company);
        var opening = await app.NewTradeOpeningAsync(recruiter);
        var candidate = await app.NewCandidateWithBookAsync();
        var consent = await app.GrantAsync(candidate, recruiter, "Bruno S.", opening.Id);
        return (recruiter, opening, candidate, consent);
    }

    [Fact]
    public async Task ChangeStatus_IsSavedShownAndLoggedAsAStatusChange_OncePerChange()
    {
        var (recruiter, opening, _, consent) = await ApplicationAsync("Shortlist Uno S.A.C.");
        var url = DashboardSteps.DashboardUrl(opening.Id, "?sort=quality");
        var recruiterId = recruiter.Id;

        using var moved = await recruiter.Client.MoveAsync(url, consent.Id, ShortlistStatus.Interviewing);
        using var again = await recruiter.Client.MoveAsync(url, consent.Id, ShortlistStatus.Interviewing);

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.StartsWith($"{DashboardSteps.DashboardUrl(opening.Id)}?sort=quality#candidate-", moved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var row = Assert.Single(await recruiter.Client.RowsAsync(url));
        Assert.Equal(ShortlistStatus.Interviewing, row.Status);
        Assert.Equal("Interviewing", row.Element.QuerySelector("[data-testid=status] option[selected]")!.GetAttribute("value"));
        var logged = Assert.Single(await app.AccessLogOfConsentAsync(consent.Id), e => e.Action == AccessAction.StatusChange);
        Assert.Equal((recruiterId, consent.CompanyId, consent.BookId), (logged.RecruiterId, logged.CompanyId, logged.BookId));
        var entry = await app.ShortlistEntryAsync(consent.Id);
        Assert.Equal((ShortlistStatus.Interviewing, recruiterId, opening.Id), (entry!.Status, entry.UpdatedBy, entry.OpeningId));
    }

    [Fact]
    public async Task NoteAndStatus_AreSharedWithColleagues_AndWritingANoteIsNotLogged()
    {
        var (recruiter, opening, _, consent) = await ApplicationAsync("Shortlist Dos S.A.C.");
        var colleague = await app.NewColleagueAsync(recruiter);
        var url = DashboardSteps.DashboardUrl(opening.Id);

        using var noted = await recruiter.Client.WriteNoteAsync(url, consent.Id, "Buen manejo de cuentas clave.\r\nLlamar el lunes.");
        using var moved = await colleague.Client.MoveAsync(url, consent.Id, ShortlistStatus.Shortlisted);

        Assert.Equal(HttpStatusCode.Redirect, noted.StatusCode);
        var row = Assert.Single(await recruiter.Client.RowsAsync(url));
        Assert.Equal(ShortlistStatus.Shortlisted, row.Status);
        Assert.Equal("Buen manejo de cuentas clave.\nLlamar el lunes.", row.Element.QuerySelector("[data-testid=note-text]")!.TextContent);
        Assert.Single(await app.AccessLogOfConsentAsync(consent.Id), e => e.Action == AccessAction.StatusChange);
    }

    [Fact]
    public async Task Note_IsNotVisibleToAnotherCompany_NorToTheCandidate()
    {
        const string note = "Pretensión salarial alta; confirmar referencias.";
        var (recruiter, opening, candidate, consent) = await ApplicationAsync("Shortlist Tres S.A.C.");
        var url = DashboardSteps.DashboardUrl(opening.Id);
        using var _ = await recruiter.Client.WriteNoteAsync(url, consent.Id, note);
        var other = await app.NewCompanyAdminAsync("Competidora S.A.C.");
        // The candidate also shares the same book with the other company: it sees the report, never the first one's note.
        await app.GrantAsync(candidate, other, "Bruno S.");

        foreach (var (client, page) in new[]
                 {
                     (other.Client, url), (other.Client, "/Recruiter/Candidates"), (other.Client, $"/Recruiter/Reports/{candidate.BookId}"),
                     (other.Client, $"/Recruiter/Valuation/{candidate.BookId}"), (candidate.Client, $"/Candidate/Books/Report/{candidate.BookId}"),
                     (candidate.Client, "/Candidate"),
                 })
        {
            using var response = await client.GetAsync(page);
            Assert.DoesNotContain("Pretensión salarial", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Contains(note, (await recruiter.Client.GetDocumentAsync(url)).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeStatus_ByAnotherCompanysRecruiter_IsNotFound_AndChangesNothing()
    {
        var (_, opening, _, consent) = await ApplicationAsync("Shortlist Cuatro S.A.C.");
        var other = await app.NewCompanyAdminAsync("Intrusa S.A.C.");

        using var response = await other.Client.PostWithTokenAsync(
            $"{DashboardSteps.DashboardUrl(opening.Id)}?handler=Status", new Dictionary<string, string> { ["consentId"] = consent.Id.ToString(), ["status"] = "Rejected" });
        using var note = await other.Client.PostWithTokenAsync(
            $"{DashboardSteps.DashboardUrl(opening.Id)}?handler=Note", new Dictionary<string, string> { ["consentId"] = consent.Id.ToString(), ["note"] = "x" });

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (response.StatusCode, note.StatusCode));
        Assert.Null(await app.ShortlistEntryAsync(consent.Id));
        Assert.DoesNotContain(await app.AccessLogOfConsentAsync(consent.Id), e => e.Action == AccessAction.StatusChange);
    }

    [Fact]
    public async Task ChangeStatus_AfterRevocation_IsNotFound()
    {
        var (recruiter, opening, _, consent) = await ApplicationAsync("Shortlist Cinco S.A.C.");
        var url = DashboardSteps.DashboardUrl(opening.Id);
        var page = await recruiter.Client.GetDocumentAsync(url);

        await app.RevokeAsync(consent);
        using var response = await recruiter.Client.SubmitAsync(page, url, new Dictionary<string, string> { ["status"] = "Hired" },
            $"form[data-testid=status-form][data-consent-id='{consent.Id}']");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await app.ShortlistEntryAsync(consent.Id));
    }

    [Fact]
    public async Task ChangeStatus_ThroughAnotherOpeningsDashboard_IsNotFound()
    {
        var (recruiter, _, _, consent) = await ApplicationAsync("Shortlist Seis S.A.C.");
        var otherOpening = await app.NewTradeOpeningAsync(recruiter, "Otra vacante");

        using var response = await recruiter.Client.PostWithTokenAsync(
            $"{DashboardSteps.DashboardUrl(otherOpening.Id)}?handler=Status", new Dictionary<string, string> { ["consentId"] = consent.Id.ToString(), ["status"] = "Hired" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await app.ShortlistEntryAsync(consent.Id));
    }

    [Fact]
    public async Task Note_LongerThanTheLimit_IsRefusedWithAMessage_AndNothingIsSaved()
    {
        var (recruiter, opening, _, consent) = await ApplicationAsync("Shortlist Siete S.A.C.");
        var url = DashboardSteps.DashboardUrl(opening.Id);

        using var response = await recruiter.Client.WriteNoteAsync(url, consent.Id, new string('x', ShortlistEntry.NoteMaxLength + 1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2000", (await Forms.ParseAsync(response)).QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await app.ShortlistEntryAsync(consent.Id));
    }

    [Fact]
    public async Task CandidateErasesTheAccount_TheirShortlistEntryGoes_AndTheyLeaveTheDashboard()
    {
        var (recruiter, opening, candidate, consent) = await ApplicationAsync("Shortlist Ocho S.A.C.");
        var url = DashboardSteps.DashboardUrl(opening.Id);
        using var _ = await recruiter.Client.WriteNoteAsync(url, consent.Id, "Entrevistar.");
        Assert.NotNull(await app.ShortlistEntryAsync(consent.Id));

        using var erased = await candidate.Client.SubmitAsync("/Candidate/Privacy",
            new Dictionary<string, string> { ["Password"] = AccountSteps.Password, ["Understood"] = "true" }, "[data-testid=delete-account] form");

        Assert.Equal("/Account/Erased", erased.Headers.Location?.OriginalString);
        Assert.Null(await app.ShortlistEntryAsync(consent.Id));
        Assert.Empty(await recruiter.Client.RowsAsync(url));
    }
}
