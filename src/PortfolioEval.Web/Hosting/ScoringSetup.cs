using PortfolioEval.Web.Scoring;

namespace PortfolioEval.Web.Hosting;

public static class ScoringSetup
{
    /// <summary>Reports scored once, when a book is stored, and read as stored afterwards.</summary>
    public static IServiceCollection AddPortfolioScoring(this IServiceCollection services)
    {
        services.AddScoped<BookReports>();
        services.AddScoped<ReportTexts>();
        return services;
    }
}
