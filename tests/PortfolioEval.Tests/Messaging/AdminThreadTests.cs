using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Accounts;
using PortfolioEval.Tests.Accounts;
using PortfolioEval.Tests.Consent;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Messaging;

namespace PortfolioEval.Tests.Messaging;

/// <summary>Admins manage accounts, not applications: no thread and no contact detail ever reaches them.</summary>
public class AdminThreadTests(AdminPortal app) : IClassFixture<AdminPortal>
{
    [Fact]
    public async Task Admin_NeverReadsAThreadOrTheContactDetails_NeitherThroughThePageNorTheGate()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var company = await app.NewCompanyAsync("Hilos Admin");
        var opening = await app.NewOpeningAsync(company);
        using var applied = await candidate.Client.ConsentAsync($"/Candidate/Apply/{opening.PublicCode}",
            new Dictionary<string, string> { ["Input.ShareEmail"] = "true" });
        var consentId = ConsentSteps.GrantedId(applied);
        var admin = await app.AdminAsync();

        using var page = await admin.GetAsync($"/Recruiter/Messages/{consentId}");

        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain(candidate.Email, await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        await using var scope = app.Services.CreateAsyncScope();
        var adminId = (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(AdminPortal.AdminEmail))!.Id;
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, adminId)], "Test"));
        Assert.Null(await scope.ServiceProvider.GetRequiredService<ApplicationThreads>().ForCompanyAsync(principal, consentId, CancellationToken.None));
    }
}
