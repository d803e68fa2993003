using System.Net;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Recruiting;

/// <summary>Who appears on an opening's dashboard: exactly the candidates whose consent for that opening is in force now.</summary>
[Collection(SharedPortal.Recruiting)]
public class DashboardConsentTests(PortfolioFactory app)
{
    [Fact]
    public async Task Revoke_ThenRecruiterOpensTheDashboard_CandidateIsGone_FromTheListAndTheComparison()
    {
        var recruiter = await app.NewCompanyAdminAsync("Comercial Revocada S.A.C.");
        var opening = await app.NewTradeOpeningAsync(recruiter);
        var ana = await app.NewCandidateWithBookAsync("demo-ana.xlsx");
        var bruno = await app.NewCandidateWithBookAsync();
        var anaConsent = await app.GrantAsync(ana, recruiter, "Ana T.", opening.Id);
        await app.GrantAsync(bruno, recruiter, "Bruno S.", opening.Id);
        var url = DashboardSteps.DashboardUrl(opening.Id, $"?books={ana.BookId}&books={bruno.BookId}");
        Assert.Equal(2, (await recruiter.Client.RowsAsync(url)).Count);

        await app.RevokeAsync(anaConsent);

        var page = await recruiter.Client.GetDocumentAsync(url);
        var row = Assert.Single(DashboardSteps.Rows(page));
        Assert.Equal(("Bruno S.", "Candidato 1"), (row.SharedName, row.Label));
        Assert.DoesNotContain("Ana T.", page.Body!.TextContent, StringComparison.Ordinal);
        // Only the page's own address (echoed by the language switcher) still names the revoked book.
        Assert.DoesNotContain(ana.BookId.ToString(), page.QuerySelector("main")!.InnerHtml, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=compare-selected]"));
        Assert.Single(page.QuerySelectorAll("[data-testid=remove-from-comparison]"));
    }

    [Fact]
    public async Task Dashboard_ListsOnlyThisOpeningsConsentsInForce()
    {
        var recruiter = await app.NewCompanyAdminAsync("Comercial Ordenada S.A.C.");
        var opening = await app.NewTradeOpeningAsync(recruiter);
        var otherOpening = await app.NewTradeOpeningAsync(recruiter, "Supervisor/a de ventas");
        var inForce = await app.NewCandidateWithBookAsync();
        var withdrawn = await app.NewCandidateWithBookAsync();
        var direct = await app.NewCandidateWithBookAsync();
        await app.GrantAsync(inForce, recruiter, "Vigente", opening.Id);
        await app.WithdrawAsync(await app.GrantAsync(withdrawn, recruiter, "Retirado", opening.Id));
        await app.GrantAsync(direct, recruiter, "Directo");
        await app.GrantAsync(direct, recruiter, "Otra vacante", otherOpening.Id);

        var rows = await recruiter.Client.RowsAsync(DashboardSteps.DashboardUrl(opening.Id));

        Assert.Equal(["Vigente"], rows.Select(r => r.SharedName));
    }

    [Fact]
    public async Task Expired_CandidateIsNotListed()
    {
        var recruiter = await app.NewCompanyAdminAsync("Comercial Caducada S.A.C.");
        var opening = await app.NewTradeOpeningAsync(recruiter);
        var candidate = await app.NewCandidateWithBookAsync();
        await app.GrantAsync(candidate, recruiter, "Breve", opening.Id, duration: TimeSpan.FromMilliseconds(300));

        await Task.Delay(TimeSpan.FromMilliseconds(400));
        var page = await recruiter.Client.GetDocumentAsync(DashboardSteps.DashboardUrl(opening.Id));

        Assert.Empty(DashboardSteps.Rows(page));
        Assert.NotNull(page.QuerySelector("[data-testid=no-candidates]"));
    }

    [Fact]
    public async Task ColleagueOfTheCompany_SeesTheDashboard_CandidateOfTheBookDoesNot()
    {
        var recruiter = await app.NewCompanyAdminAsync("Comercial Compartida S.A.C.");
        var colleague = await app.NewColleagueAsync(recruiter);
        var opening = await app.NewTradeOpeningAsync(recruiter);
        var candidate = await app.NewCandidateWithBookAsync();
        await app.GrantAsync(candidate, recruiter, "Carla R.", opening.Id);

        var rows = await colleague.Client.RowsAsync(DashboardSteps.DashboardUrl(opening.Id));
        using var asCandidate = await candidate.Client.GetAsync(DashboardSteps.DashboardUrl(opening.Id));

        Assert.Equal(["Carla R."], rows.Select(r => r.SharedName));
        Assert.Equal(HttpStatusCode.Forbidden, asCandidate.StatusCode);
    }

    [Fact]
    public async Task Dashboard_OfAnOpeningThatDoesNotExist_IsNotFound()
    {
        var recruiter = await app.NewCompanyAdminAsync("Comercial Perdida S.A.C.");

        using var response = await recruiter.Client.GetAsync(DashboardSteps.DashboardUrl(Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
