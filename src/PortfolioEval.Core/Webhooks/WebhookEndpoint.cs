namespace PortfolioEval.Webhooks;

/// <summary>
/// An address of a hiring company's that hears about its applications. Its signing secret is kept encrypted (the web
/// layer protects it before it reaches this type): it must be read back to sign each delivery, so it cannot be a hash.
/// </summary>
public class WebhookEndpoint
{
    // For EF Core.
    private WebhookEndpoint() { }

    public WebhookEndpoint(Guid companyId, Uri url, WebhookEvent events, string protectedSecret, string createdBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentException.ThrowIfNullOrWhiteSpace(protectedSecret);
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        if (!WebhookEvents.IsValid(events))
            throw new ArgumentException("An endpoint hears at least one known event.", nameof(events));
        Id = Guid.NewGuid();
        CompanyId = companyId;
        Url = url.AbsoluteUri;
        Events = events;
        ProtectedSecret = protectedSecret;
        CreatedBy = createdBy;
        CreatedAt = now.ToUniversalTime();
    }

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public string Url { get; private set; } = "";
    public WebhookEvent Events { get; private set; }
    public string ProtectedSecret { get; private set; } = "";
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the company removed it; its deliveries not yet made are not made.</summary>
    public DateTimeOffset? RemovedAt { get; private set; }

    public bool Hears(WebhookEvent kind) => RemovedAt is null && (Events & kind) == kind;

    public void Remove(DateTimeOffset now) => RemovedAt ??= now.ToUniversalTime();
}
