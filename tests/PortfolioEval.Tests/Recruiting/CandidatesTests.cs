using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Data;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Recruiting;

[Collection(SharedPortal.Recruiting)]
public class CandidatesTests(PortfolioFactory app)
{
    [Fact]
    public async Task Candidates_ListsEveryConsentOfTheCompanyWithItsStateNow()
    {
        var admin = await app.NewCompanyAdminAsync("Minera Candidatos");
        var opening = await app.NewOpeningAsync(admin, "Jefe de ventas");
        var other = await app.NewCompanyAdminAsync("Minera Ajena");
        var candidate = await app.NewCandidateWithBookAsync();
        var inForce = await app.GrantAsync(candidate, admin, "Ana T.", opening.Id);
        var direct = await app.GrantAsync(candidate, admin, "Ana directa");
        await app.RevokeAsync(await app.GrantAsync(candidate, admin, "Ana revocada", opening.Id));
        await app.GrantAsync(candidate, admin, "Ana vencida", duration: TimeSpan.FromTicks(1));
        var withdrawn = await app.GrantAsync(candidate, admin, "Ana retirada");
        await app.WithdrawAsync(withdrawn);
        await app.GrantAsync(candidate, other, "Ana para otra empresa");

        var page = await admin.Client.GetDocumentAsync("/Recruiter/Candidates");

        var rows = page.QuerySelectorAll("[data-testid=consent-row]").ToDictionary(r => r.GetAttribute("data-consent-id")!, r => r);
        Assert.Equal(5, rows.Count);
        Assert.DoesNotContain("Ana para otra empresa", page.DocumentElement.TextContent, StringComparison.Ordinal);

        var active = rows[inForce.Id.ToString()];
        Assert.Equal("Ana T.", Text(active, "shared-name"));
        Assert.Contains("Jefe de ventas", active.TextContent, StringComparison.Ordinal);
        var score = (await SharedScoreAsync(inForce.Id))!.Value;
        Assert.Equal(score.ToString(System.Globalization.CultureInfo.InvariantCulture), Text(active, "score"));
        Assert.Equal(PortfolioEval.Scoring.BookJudgement.ScaleOf(score).ToString(), active.QuerySelector("[data-testid=score]")!.GetAttribute("data-scale"));
        Assert.Equal($"/Recruiter/Reports/{candidate.BookId}", active.QuerySelector("[data-testid=report-link]")!.GetAttribute("href"));
        Assert.NotNull(active.QuerySelector("input[name=books]"));
        Assert.Contains("Compartido directamente", rows[direct.Id.ToString()].TextContent, StringComparison.Ordinal);

        var ended = rows.Values.Where(r => r.GetAttribute("data-state") is "Revoked" or "Expired").ToList();
        Assert.Equal(2, ended.Count);
        Assert.All(ended, r =>
        {
            Assert.Equal("Consentimiento terminado", Text(r, "state"));
            Assert.Equal("—", Text(r, "score"));
            Assert.Null(r.QuerySelector("a"));
            Assert.Null(r.QuerySelector("input[name=books]"));
        });
        var gone = rows[withdrawn.Id.ToString()];
        Assert.Equal("El candidato se retiró", Text(gone, "state"));
        Assert.Equal("—", Text(gone, "shared-name"));
        Assert.Null(gone.QuerySelector("a"));
    }

    [Fact]
    public async Task Candidates_NoConsentYet_SaysSo()
    {
        var admin = await app.NewCompanyAdminAsync("Minera Vacía");

        var page = await admin.Client.GetDocumentAsync("/Recruiter/Candidates");

        Assert.Empty(page.QuerySelectorAll("[data-testid=consent-row]"));
        Assert.Contains("Ningún candidato ha compartido todavía un informe", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Candidates_CompareForm_LeadsToTheComparisonOfTheTickedBooks()
    {
        var admin = await app.NewCompanyAdminAsync("Minera Compara");
        var candidate = await app.NewCandidateWithBookAsync();
        await app.GrantAsync(candidate, admin, "Ana");

        var page = await admin.Client.GetDocumentAsync("/Recruiter/Candidates");
        var form = page.QuerySelector("[data-testid=compare-form]")!;

        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/Recruiter/Compare", form.GetAttribute("action"));
        Assert.Equal(candidate.BookId.ToString(), form.QuerySelector("input[name=books]")!.GetAttribute("value"));
    }

    private static string Text(IElement row, string testId) => row.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();

    private async Task<int?> SharedScoreAsync(Guid consentId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().SharedReports.Where(r => r.ConsentId == consentId).Select(r => r.CompositeScore).SingleAsync();
    }
}
