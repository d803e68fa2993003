using PortfolioEval.Web.Privacy;

namespace PortfolioEval.Web.Hosting;

public static class PrivacySetup
{
    /// <summary>The privacy notice, and what a candidate may ask of their data: a copy of it, or its erasure.</summary>
    public static IServiceCollection AddPortfolioPrivacy(this IServiceCollection services)
    {
        services.AddSingleton<PrivacyNotice>();
        services.AddSingleton<ProcessingRecord>();
        services.AddScoped<Erasure>();
        services.AddScoped<CandidateExport>();
        return services;
    }
}
