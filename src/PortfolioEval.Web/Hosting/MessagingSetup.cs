using PortfolioEval.Web.Messaging;

namespace PortfolioEval.Web.Hosting;

public static class MessagingSetup
{
    /// <summary>The message thread of each application, reached by a company only through the consent gate.</summary>
    public static IServiceCollection AddPortfolioMessaging(this IServiceCollection services) =>
        services.AddScoped<ApplicationThreads>();
}
