using PortfolioEval.Web.Consent;

namespace PortfolioEval.Web.Hosting;

public static class ConsentSetup
{
    /// <summary>The one answer to "may this user see this report now?", asked of the database on every request.</summary>
    public static IServiceCollection AddPortfolioConsent(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ControllerOptions>()
            .Bind(configuration.GetSection(ControllerOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ConsentNotices>();
        services.AddScoped<ConsentGrants>();
        services.AddScoped<CompanyReports>();
        return services;
    }
}
