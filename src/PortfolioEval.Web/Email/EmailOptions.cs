using System.ComponentModel.DataAnnotations;

namespace PortfolioEval.Web.Email;

public enum EmailDelivery { Outbox, Smtp }

/// <summary>Settings under <c>Email</c>.</summary>
public sealed class EmailOptions : IValidatableObject
{
    public const string Section = "Email";

    /// <summary><c>Outbox</c> writes .eml files to the data folder's <c>outbox/</c>; <c>Smtp</c> sends them.</summary>
    public EmailDelivery Delivery { get; set; } = EmailDelivery.Outbox;

    [Required, EmailAddress]
    public string From { get; set; } = "no-reply@portfolioeval.local";

    public string FromName { get; set; } = "PortfolioEval";

    /// <summary>
    /// Days an outbox message is kept before it is deleted (default 7). Its links are live (a password reset), so keep
    /// it short; a message to an erased account goes at once.
    /// </summary>
    [Range(1, 365)]
    public int OutboxDays { get; set; } = 7;

    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;

    /// <summary>STARTTLS on connect. Turn off only for a relay on the same machine.</summary>
    public bool SmtpStartTls { get; set; } = true;

    public string? SmtpUser { get; set; }

    /// <summary>Supply through an environment variable or a secret store, never in a committed file.</summary>
    public string? SmtpPassword { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Delivery == EmailDelivery.Smtp && string.IsNullOrWhiteSpace(SmtpHost))
            yield return new ValidationResult("Email:SmtpHost is required when Email:Delivery is Smtp.", [nameof(SmtpHost)]);
    }
}
