using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Data;
using PortfolioEval.Web.Recruiting;

namespace PortfolioEval.Tests.Recruiting;

/// <summary>How the pages under /Recruiter are built: their company gate and where their queries live.</summary>
public class RecruiterPagesTests
{
    private static readonly Type[] RecruiterPages = [.. typeof(Program).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(PageModel))
                    && t.Namespace?.StartsWith("PortfolioEval.Web.Pages.Recruiter", StringComparison.Ordinal) == true)];

    // Pages a recruiter without a company may open: joining one, and those whose answer the consent gate gives alone
    // (a report or comparison of another company is "not found", not "join a company"). The dashboard sends a recruiter
    // without a company to join one when they open it, and answers its buttons with "not found".
    private static readonly string[] OpenWithoutCompany = ["JoinModel", "ReportsModel", "ValuationModel", "CompareModel", "DashboardModel"];

    [Fact]
    public void NoRecruiterPage_InjectsTheDatabase_ItsQueriesLiveInTheFeaturesServices()
    {
        Assert.NotEmpty(RecruiterPages);
        Assert.Empty(RecruiterPages.Where(page => page.GetConstructors()
            .Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(PortfolioDbContext)))).Select(p => p.Name));
    }

    [Fact]
    public void EveryRecruiterPage_SaysWhoItAdmits_OrIsOneThatAdmitsARecruiterWithoutACompany()
    {
        var unmarked = RecruiterPages
            .Where(page => !page.IsDefined(typeof(CompanyMemberAttribute), false) && !page.IsDefined(typeof(CompanyAdminAttribute), false))
            .Select(page => page.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(OpenWithoutCompany.Order(StringComparer.Ordinal), unmarked);
    }

    [Theory]
    [InlineData("CompanyModel")]
    [InlineData("TeamModel")]
    public void TheCompanyAndItsTeam_AreForTheCompanysAdminsOnly(string page)
    {
        Assert.True(RecruiterPages.Single(p => p.Name == page).IsDefined(typeof(CompanyAdminAttribute), false));
    }
}
