using System.Net;
using PortfolioEval.Consent;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Consent;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Privacy;

/// <summary>What erasing a book or the account does to the consents that share it.</summary>
[Collection(SharedPortal.Name)]
public class ErasureTests(PortfolioFactory app)
{
    [Fact]
    public async Task EraseAccount_WithdrawsEveryConsent_DeletesSharedReportsAndTheAccessLog()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var company = await app.NewCompanyAsync();
        var opening = await app.NewOpeningAsync(company);
        using var applied = await candidate.Client.ConsentAsync($"/Candidate/Apply/{opening.PublicCode}");
        using var shared = await candidate.Client.ConsentAsync("/Candidate/Share",
            new Dictionary<string, string> { ["CompanyId"] = (await app.NewCompanyAsync("Ferretería Central")).Id.ToString() });
        await app.RecruiterOpensAsync(company, candidate.BookId, ReportAccessRequirement.View);
        Assert.Equal(1, await app.AccessLogCountAsync(candidate.Id));

        using var erased = await candidate.Client.SubmitAsync("/Candidate/Privacy",
            new Dictionary<string, string> { ["Password"] = AccountSteps.Password, ["Understood"] = "true" }, "[data-testid=delete-account] form");

        Assert.Equal("/Account/Erased", erased.Headers.Location?.OriginalString);
        var consents = await app.ConsentsOfAsync(candidate.Id);
        Assert.Equal(2, consents.Count);
        Assert.All(consents, c =>
        {
            Assert.NotNull(c.WithdrawnAt);
            Assert.Equal("", c.SharedName);
            Assert.Equal("", c.ReceiptJson);
        });
        foreach (var consent in consents)
            Assert.False(await app.HasSharedReportAsync(consent.Id));
        Assert.Equal(0, await app.AccessLogCountAsync(candidate.Id));
        Assert.Null(await app.RecruiterTriesAsync(company, candidate.BookId));
    }

    [Fact]
    public async Task DeleteBook_RevokesTheConsentsSharingIt_AndDeletesTheirReports_LeavingOtherBooksShared()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var otherBookId = await candidate.Client.ImportSampleAsync();
        var company = await app.NewCompanyAsync();
        var opening = await app.NewOpeningAsync(company);
        using var first = await candidate.Client.ConsentAsync($"/Candidate/Apply/{opening.PublicCode}",
            new Dictionary<string, string> { ["Input.BookId"] = candidate.BookId.ToString() });
        using var second = await candidate.Client.ConsentAsync($"/Candidate/Apply/{opening.PublicCode}",
            new Dictionary<string, string> { ["Input.BookId"] = otherBookId.ToString() });
        var (onDeletedBook, onKeptBook) = (ConsentSteps.GrantedId(first), ConsentSteps.GrantedId(second));

        using var deleted = await candidate.Client.SubmitAsync($"/Candidate/Books/Delete/{candidate.BookId}", new Dictionary<string, string>(),
            "form[data-testid=delete-book]");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.NotNull((await app.ConsentAsync(onDeletedBook)).RevokedAt);
        Assert.False(await app.HasSharedReportAsync(onDeletedBook));
        Assert.Null((await app.ConsentAsync(onKeptBook)).RevokedAt);
        Assert.True(await app.HasSharedReportAsync(onKeptBook));
        var page = await candidate.Client.GetDocumentAsync("/Candidate/Consents");
        Assert.Equal("una cartera de clientes que eliminaste",
            page.QuerySelector($"[data-consent-id='{onDeletedBook}'] [data-testid=consent-book]")!.TextContent);
    }
}
