using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Data;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Tests.Recruiting;

namespace PortfolioEval.Tests.Scoring;

/// <summary>A report shared with a company is a snapshot: rescoring the book leaves it; the candidate sends a new one.</summary>
[Collection(SharedPortal.Books)]
public class SharedSnapshotTests(PortfolioFactory app)
{
    [Fact]
    public async Task RescoringTheBook_LeavesTheSharedReport_UntilTheCandidateSendsItAgain()
    {
        var admin = await app.NewCompanyAdminAsync("Retail Instantánea");
        var candidate = await app.NewCandidateWithBookAsync();
        var consent = await app.GrantAsync(candidate, admin, "Bruno");
        var sent = await SharedAsync(consent.Id);

        using var rescored = await candidate.Client.SubmitAsync($"/Candidate/Books/Report/{candidate.BookId}", new Dictionary<string, string>(),
            "[data-testid=rescore-form]");
        Assert.Equal(sent, await SharedAsync(consent.Id));

        using var again = await candidate.Client.SubmitAsync("/Candidate/Consents", new Dictionary<string, string>(),
            $"[data-consent-id='{consent.Id}'] [data-testid=share-again]");

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var page = await candidate.Client.GetDocumentAsync(again.Headers.Location!.OriginalString);
        Assert.NotNull(page.QuerySelector("[data-testid=shared-again]"));
        Assert.NotEqual(sent, await SharedAsync(consent.Id));
    }

    [Fact]
    public async Task SendingAgain_AnotherCandidatesConsent_IsNotFound()
    {
        var admin = await app.NewCompanyAdminAsync("Retail Ajena");
        var owner = await app.NewCandidateWithBookAsync();
        var consent = await app.GrantAsync(owner, admin, "Dueña");
        var stranger = await app.NewCandidateWithBookAsync();
        var sent = await SharedAsync(consent.Id);

        using var response = await stranger.Client.PostWithTokenAsync($"/Candidate/Consents?handler=ShareAgain&id={consent.Id}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(sent, await SharedAsync(consent.Id));
    }

    private async Task<string> SharedAsync(Guid consentId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var shared = await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().SharedReports.AsNoTracking().SingleAsync(r => r.ConsentId == consentId);
        return Convert.ToBase64String(shared.Ciphertext);
    }
}
