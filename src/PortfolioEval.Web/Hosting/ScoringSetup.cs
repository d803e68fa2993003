using PortfolioEval.Web.Currencies;
using PortfolioEval.Web.Scoring;

namespace PortfolioEval.Web.Hosting;

public static class ScoringSetup
{
    /// <summary>
    /// Reports scored once, when a book is stored, and read as stored afterwards; amounts in other currencies converted
    /// with the admin's dated rates; the method itself served as a page.
    /// </summary>
    public static IServiceCollection AddPortfolioScoring(this IServiceCollection services)
    {
        services.AddScoped<BookReports>();
        services.AddScoped<ReportTexts>();
        services.AddScoped<BookValueTexts>();
        services.AddScoped<ExchangeRates>();
        services.AddSingleton<MethodDocument>();
        return services;
    }
}
