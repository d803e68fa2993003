namespace PortfolioEval.Notifications;

/// <summary>
/// One thing a person was told, as the portal's notifications list shows it. It names the application (a consent) and
/// what happened; the names on it are read when it is shown, so a candidate who erases their account leaves none here.
/// </summary>
public class Notification
{
    public const int DetailMaxLength = 40;

    // For EF Core.
    private Notification() { }

    /// <param name="detail">What the kind needs besides the application: the new status's name, or empty.</param>
    public Notification(string userId, NotificationKind kind, Guid consentId, string detail, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (!Enum.IsDefined(kind))
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind.");
        ArgumentNullException.ThrowIfNull(detail);
        if (detail.Length > DetailMaxLength)
            throw new ArgumentException("The detail is a short code.", nameof(detail));
        Id = Guid.NewGuid();
        UserId = userId;
        Kind = kind;
        ConsentId = consentId;
        Detail = detail;
        CreatedAt = now.ToUniversalTime();
    }

    public Guid Id { get; private set; }
    public string UserId { get; private set; } = "";
    public NotificationKind Kind { get; private set; }
    public Guid ConsentId { get; private set; }
    public string Detail { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now.ToUniversalTime();
}
