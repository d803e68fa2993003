using Microsoft.AspNetCore.Mvc.Razor;

namespace PortfolioEval.Web.Hosting;

public static class PagesSetup
{
    public static IServiceCollection AddPortfolioPages(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeRoleFolders();
                o.Conventions.LoadCompanyMembership();
            })
            .AddMvcOptions(o => o.Filters.Add<Pages.UnmatchedHandlerFilter>())
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(o =>
                o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        return services;
    }
}
