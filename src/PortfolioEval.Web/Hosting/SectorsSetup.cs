using PortfolioEval.Scoring;
using PortfolioEval.Sectors;

namespace PortfolioEval.Web.Hosting;

public static class SectorsSetup
{
    /// <summary>The ISIC Rev.4 taxonomy, loaded once for the whole process.</summary>
    public static IServiceCollection AddPortfolioSectors(this IServiceCollection services)
    {
        services.AddSingleton<ISectorTaxonomy>(_ => IsicTaxonomy.Instance);
        return services;
    }
}
