namespace PortfolioEval.Webhooks;

/// <summary>What a company can hear about by webhook. A delivery names the event and ids only, never a report's contents.</summary>
[Flags]
public enum WebhookEvent
{
    None = 0,
    ApplicationReceived = 1,
    ConsentGranted = 2,
    ConsentRevoked = 4,
    ConsentExpired = 8,
    StatusChanged = 16,
}

public static class WebhookEvents
{
    public const WebhookEvent All = WebhookEvent.ApplicationReceived | WebhookEvent.ConsentGranted | WebhookEvent.ConsentRevoked
        | WebhookEvent.ConsentExpired | WebhookEvent.StatusChanged;

    /// <summary>The names events travel by, in the <c>type</c> of a delivery and the event header.</summary>
    public static IReadOnlyDictionary<WebhookEvent, string> Names { get; } = new Dictionary<WebhookEvent, string>
    {
        [WebhookEvent.ApplicationReceived] = "application.received",
        [WebhookEvent.ConsentGranted] = "consent.granted",
        [WebhookEvent.ConsentRevoked] = "consent.revoked",
        [WebhookEvent.ConsentExpired] = "consent.expired",
        [WebhookEvent.StatusChanged] = "application.status_changed",
    };

    public static IEnumerable<WebhookEvent> Each(WebhookEvent events) => Names.Keys.Where(e => events.HasFlag(e));

    public static bool IsValid(WebhookEvent events) => events != WebhookEvent.None && (events & ~All) == 0;
}
