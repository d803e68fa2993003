using System.Net;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Consent;

/// <summary>Sharing a report with a hiring company directly, without an opening.</summary>
[Collection(SharedPortal.Consent)]
public class ShareTests(PortfolioFactory app)
{
    [Fact]
    public async Task Share_WithAChosenCompany_GrantsAConsentWithoutAnOpening()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var company = await app.NewCompanyAsync("Comercializadora del Sur");
        var page = await candidate.Client.GetDocumentAsync("/Candidate/Share");
        Assert.Contains(page.QuerySelectorAll("[data-testid=consent-company-select] option"), o => o.TextContent == company.Name);

        using var shared = await candidate.Client.ConsentAsync("/Candidate/Share",
            new Dictionary<string, string> { ["CompanyId"] = company.Id.ToString(), ["Input.Days"] = "7" });

        var consent = await app.ConsentAsync(ConsentSteps.GrantedId(shared));
        Assert.Equal((company.Id, (Guid?)null, candidate.BookId), (consent.CompanyId, consent.OpeningId, consent.BookId));
        Assert.Equal(consent.GrantedAt.AddDays(7), consent.ExpiresAt);
        Assert.True(await app.HasSharedReportAsync(consent.Id));
        var consents = await candidate.Client.GetDocumentAsync("/Candidate/Consents");
        var card = consents.QuerySelector($"[data-consent-id='{consent.Id}']")!;
        Assert.Contains("Compartido directamente", card.TextContent, StringComparison.Ordinal);
        Assert.Equal(ConsentSteps.SampleBook, card.QuerySelector("[data-testid=consent-book]")!.TextContent);
    }

    [Fact]
    public async Task Share_WithoutACompany_IsRefusedNamingTheField()
    {
        var candidate = await app.NewCandidateWithBookAsync();

        using var refused = await candidate.Client.ConsentAsync("/Candidate/Share");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Forms.ParseAsync(refused);
        Assert.Equal("Elige la empresa contratante con la que compartes.", page.QuerySelector("[data-valmsg-for='CompanyId']")!.TextContent);
        Assert.Empty(await app.ConsentsOfAsync(candidate.Id));
    }

    [Fact]
    public async Task Share_SameBookWithTheSameCompanyWhileInForce_IsRefused()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var company = await app.NewCompanyAsync();
        var fields = new Dictionary<string, string> { ["CompanyId"] = company.Id.ToString() };
        using (var first = await candidate.Client.ConsentAsync("/Candidate/Share", fields))
            ConsentSteps.GrantedId(first);

        using var again = await candidate.Client.ConsentAsync("/Candidate/Share", fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        var page = await Forms.ParseAsync(again);
        Assert.Contains(company.Name, page.QuerySelector("[data-valmsg-for='Input.BookId']")!.TextContent, StringComparison.Ordinal);
        Assert.Single(await app.ConsentsOfAsync(candidate.Id));
    }
}
