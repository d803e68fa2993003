using PortfolioEval.Web.Privacy;

namespace PortfolioEval.Web.Hosting;

public static class RetentionSetup
{
    /// <summary>The retention job: one per process, also reachable by the admin's "Run now".</summary>
    public static IServiceCollection AddPortfolioRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionOptions>()
            .Bind(configuration.GetSection(RetentionOptions.Section))
            .Validate(o => o.Interval >= RetentionOptions.MinInterval && o.Interval <= RetentionOptions.MaxInterval,
                $"{RetentionOptions.Section}:Interval must be between {RetentionOptions.MinInterval} and {RetentionOptions.MaxInterval}.")
            .ValidateOnStart();
        services.AddScoped<RetentionSteps>();
        services.AddSingleton<RetentionJob>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionJob>());
        return services;
    }
}
