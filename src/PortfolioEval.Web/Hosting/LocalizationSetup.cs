using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace PortfolioEval.Web.Hosting;

public static class LocalizationSetup
{
    /// <summary>
    /// Spanish first: the people who use the portal write Spanish. English keeps its words and numbers but writes
    /// dates day first (4/12/2026, 4 December 2026), as the portal's Peruvian and Latin American readers do: the
    /// United States' month-first order would read 12/4 as the 12th of April (docs/decisions/ADR-010).
    /// </summary>
    public static readonly CultureInfo[] SupportedCultures = [new("es"), EnglishDayFirst()];

    private static CultureInfo EnglishDayFirst()
    {
        var english = (CultureInfo)CultureInfo.GetCultureInfo("en").Clone();
        english.DateTimeFormat = (DateTimeFormatInfo)CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.Clone();
        return CultureInfo.ReadOnly(english);
    }

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
