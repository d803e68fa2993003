using PortfolioEval.Web.Notifications;

namespace PortfolioEval.Web.Hosting;

public static class NotificationsSetup
{
    /// <summary>Telling people what happened to an application (in the portal and by email), their preferences, the expiry reminder job.</summary>
    public static IServiceCollection AddPortfolioNotifications(this IServiceCollection services)
    {
        services.AddScoped<Notifier>();
        services.AddScoped<NotificationLists>();
        services.AddScoped<ExpiryReminders>();
        services.AddHostedService<ExpiryReminderJob>();
        return services;
    }
}
