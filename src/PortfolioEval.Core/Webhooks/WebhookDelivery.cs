namespace PortfolioEval.Webhooks;

/// <summary>
/// One event for one endpoint, in the outbox: written in the same save as what it tells (a consent granted, a status
/// moved), then sent by whichever node claims it first, and tried again with <see cref="WebhookRetry"/> until the
/// receiver answers 2xx or the attempts run out. Its body names ids only: a receiver reads a report through the API,
/// where the consent is decided again, so a revocation holds even for a delivery sent late.
/// </summary>
public class WebhookDelivery
{
    public const int ErrorMaxLength = 300;

    // For EF Core.
    private WebhookDelivery() { }

    public WebhookDelivery(WebhookEndpoint endpoint, WebhookEvent kind, string payload, DateTimeOffset now, string? dedupeKey = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentException.ThrowIfNullOrWhiteSpace(payload);
        if (!WebhookEvents.Names.ContainsKey(kind))
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "One event a delivery.");
        Id = Guid.NewGuid();
        EndpointId = endpoint.Id;
        CompanyId = endpoint.CompanyId;
        Kind = kind;
        Payload = payload;
        DedupeKey = dedupeKey;
        CreatedAt = now.ToUniversalTime();
        NextAttemptAt = CreatedAt;
    }

    public Guid Id { get; private set; }
    public Guid EndpointId { get; private set; }
    public Guid CompanyId { get; private set; }
    public WebhookEvent Kind { get; private set; }

    /// <summary>The JSON body, as signed and sent (ids and the event's time only).</summary>
    public string Payload { get; private set; } = "";

    /// <summary>Set for an event found by a scan (an expiry), unique per endpoint, so two nodes scanning at once write it once.</summary>
    public string? DedupeKey { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset? NextAttemptAt { get; private set; }

    /// <summary>Until when a node's claim to send it holds; a node that died mid-send loses it then.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }
    public DateTimeOffset? LastAttemptAt { get; private set; }

    /// <summary>The receiver's last HTTP status; null when it never answered (refused, timed out).</summary>
    public int? LastStatus { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public DateTimeOffset? GaveUpAt { get; private set; }

    public bool IsPending => DeliveredAt is null && GaveUpAt is null;

    /// <summary>Records one attempt: delivered on 2xx, else scheduled again (or given up).</summary>
    public void Record(int? status, string? error, DateTimeOffset now)
    {
        now = now.ToUniversalTime();
        Attempts++;
        LastAttemptAt = now;
        LastStatus = status;
        LastError = error is null ? null : error[..Math.Min(error.Length, ErrorMaxLength)];
        ClaimedUntil = null;
        if (status is { } code && WebhookRetry.IsDelivered(code))
        {
            DeliveredAt = now;
            NextAttemptAt = null;
        }
        else if (WebhookRetry.DelayAfter(Attempts) is { } delay)
            NextAttemptAt = now + delay;
        else
        {
            GaveUpAt = now;
            NextAttemptAt = null;
        }
    }

    /// <summary>The error of a delivery refused before sending: its address leads to an internal network.</summary>
    public const string RefusedAddress = "RefusedAddress";

    /// <summary>
    /// The address now resolves to an internal network: nothing was sent, and nothing more will be (no retry can
    /// make such an address safe; the admin fixes the name and registers it again).
    /// </summary>
    public void Refuse(DateTimeOffset now)
    {
        now = now.ToUniversalTime();
        Attempts++;
        LastAttemptAt = now;
        LastStatus = null;
        LastError = RefusedAddress;
        ClaimedUntil = null;
        GaveUpAt = now;
        NextAttemptAt = null;
    }

    /// <summary>The endpoint was removed: nothing more is sent.</summary>
    public void Cancel(DateTimeOffset now)
    {
        GaveUpAt ??= now.ToUniversalTime();
        NextAttemptAt = null;
        ClaimedUntil = null;
    }
}
