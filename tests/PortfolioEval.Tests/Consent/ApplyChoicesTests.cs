using Microsoft.EntityFrameworkCore;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Tests.Recruiting;

namespace PortfolioEval.Tests.Consent;

/// <summary>Applying picks the best book, an opening's page knows who applied, and one candidate is one row.</summary>
[Collection(SharedPortal.Consent)]
public class ApplyChoicesTests(PortfolioFactory app)
{
    [Fact]
    public async Task ApplyPage_OffersTheBestScoredBookFirst_NotTheNewest()
    {
        var candidate = await app.NewCandidateWithBookAsync("demo-carla.xlsx");
        var staleBookId = await candidate.Client.ImportAsync("bruno.csv", RepositoryFiles.ReadSample("demo-bruno.csv"));
        var scores = await app.WithDbAsync(db => db.ClientBooks.Where(b => b.Id == candidate.BookId || b.Id == staleBookId)
            .ToDictionaryAsync(b => b.Id, b => b.CompositeScore));
        Assert.True(scores[candidate.BookId] > scores[staleBookId], "the first book must score higher for this test to mean anything");
        var opening = await app.NewOpeningAsync(await app.NewCompanyAsync());

        var page = await candidate.Client.GetDocumentAsync($"/Candidate/Apply/{opening.PublicCode}");

        var selected = page.QuerySelector("[data-testid=consent-book] option[selected]")!;
        Assert.Equal(candidate.BookId.ToString(), selected.GetAttribute("value"));
    }

    [Fact]
    public async Task OpeningPage_ForACandidateWhoApplied_SaysSoInsteadOfInvitingAgain()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var other = await app.NewCandidateWithBookAsync();
        var opening = await app.NewOpeningAsync(await app.NewCompanyAsync());
        using var applied = await candidate.Client.ConsentAsync($"/Candidate/Apply/{opening.PublicCode}");

        var mine = await candidate.Client.GetDocumentAsync($"/Openings/{opening.PublicCode}");
        var theirs = await other.Client.GetDocumentAsync($"/Openings/{opening.PublicCode}");

        Assert.NotNull(mine.QuerySelector("[data-testid=already-applied]"));
        Assert.Null(mine.QuerySelector("[data-testid=apply]"));
        Assert.Null(theirs.QuerySelector("[data-testid=already-applied]"));
        Assert.NotNull(theirs.QuerySelector("[data-testid=apply]"));
    }

    [Fact]
    public async Task OpeningPage_AfterRevoking_InvitesAgain()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var opening = await app.NewOpeningAsync(await app.NewCompanyAsync());
        using var applied = await candidate.Client.ConsentAsync($"/Candidate/Apply/{opening.PublicCode}");
        await app.RevokeAsync(await app.ConsentAsync(ConsentSteps.GrantedId(applied)));

        var page = await candidate.Client.GetDocumentAsync($"/Openings/{opening.PublicCode}");

        Assert.NotNull(page.QuerySelector("[data-testid=apply]"));
    }

    [Fact]
    public async Task Dashboard_ACandidateWhoAppliedTwiceWithTwoBooks_IsOneRow_TheLatestApplication()
    {
        var recruiter = await app.NewCompanyAdminAsync("Una Fila S.A.C.");
        var opening = await app.NewTradeOpeningAsync(recruiter);
        var candidate = await app.NewCandidateWithBookAsync("demo-carla.xlsx");
        var secondBook = await candidate.Client.ImportAsync("bruno.csv", RepositoryFiles.ReadSample("demo-bruno.csv"));
        await app.GrantAsync(candidate, recruiter, "Carla", opening.Id);
        var latest = await app.GrantAsync(candidate, recruiter, "Carla", opening.Id, secondBook);

        var rows = await recruiter.Client.RowsAsync(DashboardSteps.DashboardUrl(opening.Id));

        var row = Assert.Single(rows);
        Assert.Equal((latest.Id, secondBook), (row.ConsentId, row.BookId));
    }
}
