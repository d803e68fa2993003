using Microsoft.Extensions.Options;
using PortfolioEval.Web.Webhooks;

namespace PortfolioEval.Web.Hosting;

public static class WebhooksSetup
{
    /// <summary>Webhooks: the outbox every event is written to, and the worker on each node that sends it.</summary>
    public static IServiceCollection AddPortfolioWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>()
            .Bind(configuration.GetSection(WebhookOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<WebhookOutbox>();
        services.AddScoped<WebhookEndpoints>();
        services.AddScoped<WebhookExpiries>();
        services.AddSingleton<WebhookSecrets>();
        services.AddScoped<WebhookSender>();
        // Redirects are not followed: a receiver answers where it was registered, or the attempt fails. No proxy, and
        // every connection is made by WebhookNetwork to an address it checked: never the portal's own network.
        services.AddHttpClient(WebhookSender.ClientName)
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                UseProxy = false,
                ConnectCallback = WebhookNetwork.Connect(provider.GetRequiredService<IOptions<WebhookOptions>>().Value.AllowLoopbackHttp),
            });
        services.AddSingleton<WebhookWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<WebhookWorker>());
        return services;
    }
}
