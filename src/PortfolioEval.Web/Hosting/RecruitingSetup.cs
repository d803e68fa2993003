using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using PortfolioEval.Web.Recruiting;

namespace PortfolioEval.Web.Hosting;

public static class RecruitingSetup
{
    /// <summary>The hiring company's side: its team, its openings' candidates and the consents they gave.</summary>
    public static IServiceCollection AddPortfolioRecruiting(this IServiceCollection services)
    {
        services.AddScoped<CompanyTeams>();
        services.AddScoped<CompanyConsents>();
        services.AddScoped<Comparisons>();
        services.AddScoped<ComparisonTables>();
        services.AddScoped<ComparisonCharts>();
        services.AddScoped<Shortlists>();
        services.AddScoped<CompanyOpenings>();
        services.AddScoped<PublicOpenings>();
        services.AddScoped<CompanyMembershipFilter>();
        return services;
    }

    /// <summary>Every page of <c>/Recruiter</c> has the recruiter's membership loaded once, and admits whom its attribute says.</summary>
    public static void LoadCompanyMembership(this PageConventionCollection pages) =>
        pages.AddFolderApplicationModelConvention("/Recruiter",
            model => model.Filters.Add(new ServiceFilterAttribute(typeof(CompanyMembershipFilter))));
}
