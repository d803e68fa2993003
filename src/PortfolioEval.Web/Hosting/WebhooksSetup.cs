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
        // Redirects are not followed: a receiver answers where it was registered, or the attempt fails.
        services.AddHttpClient(WebhookSender.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        services.AddSingleton<WebhookWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<WebhookWorker>());
        return services;
    }
}
