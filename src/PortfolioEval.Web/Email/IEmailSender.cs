namespace PortfolioEval.Web.Email;

public sealed record EmailMessage(string To, string Subject, string TextBody);

/// <summary>Sends the portal's account emails: to the local outbox in development, over SMTP in production.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
