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
        return services;
    }
}
