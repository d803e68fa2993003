using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace PortfolioEval.Web.Hosting;

public static class LocalizationSetup
{
    /// <summary>Spanish first: the people who use the portal write Spanish.</summary>
    public static readonly CultureInfo[] SupportedCultures = [new("es"), new("en")];

    public static IServiceCollection AddPortfolioLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("es");
            o.SupportedCultures = SupportedCultures;
            o.SupportedUICultures = SupportedCultures;
            // The person's own choice (cookie) wins over the browser's Accept-Language; no query-string switch.
            o.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }
}
