using System.Net;
using PortfolioEval.Recruiting;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Tests.Recruiting;

namespace PortfolioEval.Tests.Consent;

/// <summary>Deleting a shared book and revoking a consent ask first, then say what they did; saving says "saved".</summary>
[Collection(SharedPortal.Consent)]
public class ConfirmationTests(PortfolioFactory app)
{
    [Fact]
    public async Task DeleteBook_SharedWithACompany_AsksFirstNamingTheConsentItEnds_AndDeletesNothingYet()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var company = await app.NewCompanyAsync();
        var opening = await app.NewOpeningAsync(company, "Ejecutivo de cuentas clave");
        using var applied = await candidate.Client.ConsentAsync($"/Candidate/Apply/{opening.PublicCode}");

        var summary = await candidate.Client.GetDocumentAsync($"/Candidate/Books/Summary/{candidate.BookId}");
        var page = await candidate.Client.GetDocumentAsync(summary.QuerySelector("[data-testid=delete-book-link]")!.GetAttribute("href")!);

        var ending = Assert.Single(page.QuerySelectorAll("[data-testid=consent-ending]"));
        Assert.Equal($"{company.Name} · Ejecutivo de cuentas clave", ending.TextContent.Trim());
        Assert.Null((await app.ConsentAsync(ConsentSteps.GrantedId(applied))).RevokedAt);
        using var stillThere = await candidate.Client.GetAsync($"/Candidate/Books/Summary/{candidate.BookId}");
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
    }

    [Fact]
    public async Task DeleteBook_Confirmed_EndsTheConsent_AndTheBookListSaysSoOnce()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var opening = await app.NewOpeningAsync(await app.NewCompanyAsync());
        using var applied = await candidate.Client.ConsentAsync($"/Candidate/Apply/{opening.PublicCode}");

        using var deleted = await candidate.Client.SubmitAsync($"/Candidate/Books/Delete/{candidate.BookId}", new Dictionary<string, string>(),
            "form[data-testid=delete-book]");
        var list = await candidate.Client.GetDocumentAsync(deleted.Headers.Location!.OriginalString);
        var reloaded = await candidate.Client.GetDocumentAsync("/Candidate");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.NotNull((await app.ConsentAsync(ConsentSteps.GrantedId(applied))).RevokedAt);
        Assert.Contains("terminaron 1 consentimiento(s)", list.QuerySelector("[data-testid=status-message]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(reloaded.QuerySelector("[data-testid=status-message]"));
    }

    [Fact]
    public async Task DeleteBook_ShareByNobody_AsksWithoutNamingAConsent()
    {
        var candidate = await app.NewCandidateWithBookAsync();

        var page = await candidate.Client.GetDocumentAsync($"/Candidate/Books/Delete/{candidate.BookId}");

        Assert.Null(page.QuerySelector("[data-testid=consents-ending]"));
        Assert.NotNull(page.QuerySelector("form[data-testid=delete-book]"));
    }

    [Fact]
    public async Task DeleteAndRevokeConfirmations_OfAnotherCandidate_AreNotFound()
    {
        var ana = await app.NewCandidateWithBookAsync();
        var bruno = await app.NewCandidateWithBookAsync();
        using var applied = await ana.Client.ConsentAsync($"/Candidate/Apply/{(await app.NewOpeningAsync(await app.NewCompanyAsync())).PublicCode}");

        using var delete = await bruno.Client.GetAsync($"/Candidate/Books/Delete/{ana.BookId}");
        using var deletePost = await bruno.Client.PostWithTokenOfAsync("/Candidate/Share", $"/Candidate/Books/Delete/{ana.BookId}");
        using var revoke = await bruno.Client.GetAsync($"/Candidate/Consents/Revoke/{ConsentSteps.GrantedId(applied)}");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (delete.StatusCode, deletePost.StatusCode, revoke.StatusCode));
        using var stillThere = await ana.Client.GetAsync($"/Candidate/Books/Summary/{ana.BookId}");
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
    }

    [Fact]
    public async Task Revoke_AsksFirstNamingTheCompany_AndTheLinkRevokesNothing()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var company = await app.NewCompanyAsync();
        using var applied = await candidate.Client.ConsentAsync($"/Candidate/Apply/{(await app.NewOpeningAsync(company)).PublicCode}");
        var consentId = ConsentSteps.GrantedId(applied);

        var consents = await candidate.Client.GetDocumentAsync("/Candidate/Consents");
        var page = await candidate.Client.GetDocumentAsync(consents.QuerySelector("[data-testid=revoke-link]")!.GetAttribute("href")!);

        Assert.Contains(company.Name, page.QuerySelector("[data-testid=revoke-company]")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await app.ConsentAsync(consentId)).RevokedAt);
        Assert.Null(consents.QuerySelector("form[data-testid=revoke]"));
    }

    [Fact]
    public async Task Revoke_AnEndedConsent_LeadsBackToTheConsents()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        using var applied = await candidate.Client.ConsentAsync($"/Candidate/Apply/{(await app.NewOpeningAsync(await app.NewCompanyAsync())).PublicCode}");
        var consentId = ConsentSteps.GrantedId(applied);
        (await candidate.Client.SubmitAsync($"/Candidate/Consents/Revoke/{consentId}", new Dictionary<string, string>(), "form[data-testid=revoke]")).Dispose();

        using var again = await candidate.Client.GetAsync($"/Candidate/Consents/Revoke/{consentId}");

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task StatusNoteAndOpening_WhenSaved_EachSaySavedOnTheNextPage()
    {
        var recruiter = await app.NewCompanyAdminAsync("Mensajes S.A.C.");
        var opening = await app.NewTradeOpeningAsync(recruiter);
        var consent = await app.GrantAsync(await app.NewCandidateWithBookAsync(), recruiter, "Bruno S.", opening.Id);
        var url = DashboardSteps.DashboardUrl(opening.Id);

        using var moved = await recruiter.Client.MoveAsync(url, consent.Id, ShortlistStatus.Interviewing);
        var afterMove = await recruiter.Client.GetDocumentAsync(moved.Headers.Location!.OriginalString);
        using var noted = await recruiter.Client.WriteNoteAsync(url, consent.Id, "Llamar el lunes.");
        var afterNote = await recruiter.Client.GetDocumentAsync(noted.Headers.Location!.OriginalString);
        using var closed = await recruiter.Client.SubmitAsync($"/Recruiter/Openings/Edit/{opening.Id}", new Dictionary<string, string>(),
            "form[data-testid=close-opening]");
        var afterClose = await recruiter.Client.GetDocumentAsync(closed.Headers.Location!.OriginalString);

        Assert.Equal("Guardado: el estado ahora es «En entrevistas».", afterMove.QuerySelector("[data-testid=status-message]")!.TextContent.Trim());
        Assert.Equal("Guardada: la nota privada.", afterNote.QuerySelector("[data-testid=status-message]")!.TextContent.Trim());
        Assert.Contains("ya no recibe postulaciones", afterClose.QuerySelector("[data-testid=status-message]")!.TextContent, StringComparison.Ordinal);
    }
}
