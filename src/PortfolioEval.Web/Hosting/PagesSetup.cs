using Microsoft.AspNetCore.Mvc.Razor;

namespace PortfolioEval.Web.Hosting;

public static class PagesSetup
{
    public static IServiceCollection AddPortfolioPages(this IServiceCollection services)
    {
        services.AddRazorPages(o => o.Conventions.AuthorizeRoleFolders())
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(o =>
                o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddSingleton<PrivacyNotice>();
        services.AddSingleton<Scoring.MethodDocument>();
        return services;
    }
}
