using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Accounts;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.E2ETests.Infrastructure;
using PortfolioEval.Recruiting;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Consent;
using PortfolioEval.Web.Demo;

namespace PortfolioEval.E2ETests;

/// <summary>
/// What the recruiter's workspace needs before the browser opens it, made through the portal's own services: an
/// opening of the recruiter's company, and candidates who imported a demo book and applied to it with a chosen name.
/// </summary>
internal static class RecruitingWorld
{
    /// <summary>An open opening in wholesale and retail trade (ISIC 46, 47), so relevance is scored.</summary>
    public static async Task<Opening> NewOpeningAsync(this KestrelPortal portal, string recruiterEmail, string title)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var companyId = await db.Users.Where(u => u.Email == recruiterEmail).Select(u => u.HiringCompanyId!.Value).SingleAsync();
        var opening = new Opening(companyId, title, "Lima", DateTimeOffset.UtcNow);
        opening.Describe(title, "Lima", ["46", "47"], 20_000m, "PEN");
        db.Openings.Add(opening);
        await db.SaveChangesAsync();
        return opening;
    }

    /// <summary>A confirmed candidate imports <paramref name="sample"/> and applies to <paramref name="opening"/> as <paramref name="sharedName"/>.</summary>
    public static async Task<CandidateConsent> ApplyAsync(this KestrelPortal portal, Opening opening, string sample, string sharedName)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var email = $"candidate-{Guid.NewGuid():N}@example.test";
        await services.GetRequiredService<AccountBootstrap>().CreateConfirmedAsync(email, sharedName, Roles.Candidate);
        var candidate = (await services.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email))!;
        var book = await services.GetRequiredService<DemoBooks>().ImportAsync(candidate.Id, sample)
                   ?? throw new InvalidOperationException($"Sample {sample} not found.");
        var db = services.GetRequiredService<PortfolioDbContext>();
        var company = await db.HiringCompanies.SingleAsync(c => c.Id == opening.CompanyId);
        var notice = services.GetRequiredService<ConsentNotices>().For(portal.BaseAddress, "es");
        return await services.GetRequiredService<ConsentGrants>()
            .GrantAsync(candidate, book, company, opening, sharedName, null, notice, CancellationToken.None);
    }
}
