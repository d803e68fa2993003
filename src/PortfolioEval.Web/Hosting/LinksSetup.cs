using Microsoft.Extensions.Options;
using PortfolioEval.Web.Links;

namespace PortfolioEval.Web.Hosting;

public static class LinksSetup
{
    /// <summary>The public base URL every link in an email starts with, checked before the portal takes a request.</summary>
    public static IServiceCollection AddPortfolioLinks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PortalOptions>().Bind(configuration.GetSection(PortalOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PortalOptions>, PortalOptionsValidation>();
        services.AddSingleton<PublicBaseUrl>();
        return services;
    }
}
