using Microsoft.Extensions.Options;
using PortfolioEval.Web.Email;

namespace PortfolioEval.Web.Hosting;

public static class EmailSetup
{
    public static IServiceCollection AddPortfolioEmail(this IServiceCollection services, IConfiguration configuration, string dataPath)
    {
        services.AddOptions<EmailOptions>()
            .Bind(configuration.GetSection(EmailOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(new OutboxFolder(Path.Combine(dataPath, "outbox")));
        services.AddSingleton<OutboxEmailSender>();
        services.AddSingleton<OutboxMessages>();
        services.AddHostedService<OutboxExpiry>();
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<IEmailSender>(sp =>
            sp.GetRequiredService<IOptions<EmailOptions>>().Value.Delivery == EmailDelivery.Smtp
                ? sp.GetRequiredService<SmtpEmailSender>()
                : sp.GetRequiredService<OutboxEmailSender>());
        services.AddSingleton<RecipientLanguage>();
        services.AddScoped<Accounts.AccountEmails>();
        return services;
    }
}
