using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Hosting;

public static class StorageSetup
{
    /// <summary>What several features keep and read alike: the candidates' keys, their books and their clients' labels.</summary>
    public static IServiceCollection AddPortfolioStorage(this IServiceCollection services)
    {
        services.AddScoped<CandidateKeys>();
        services.AddScoped<ClientLabels>();
        services.AddScoped<CandidateBooks>();
        return services;
    }
}
