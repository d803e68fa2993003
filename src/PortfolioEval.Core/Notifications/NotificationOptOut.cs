namespace PortfolioEval.Notifications;

/// <summary>A person turned one kind of notification off: neither an email nor an entry in their list is made for it.</summary>
public class NotificationOptOut
{
    // For EF Core.
    private NotificationOptOut() { }

    public NotificationOptOut(string userId, NotificationKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (!Enum.IsDefined(kind))
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind.");
        UserId = userId;
        Kind = kind;
    }

    public string UserId { get; private set; } = "";
    public NotificationKind Kind { get; private set; }

    /// <summary>The kinds a person of these roles is sent: a candidate hears about their applications, a recruiter about the company's.</summary>
    public static IReadOnlyList<NotificationKind> KindsFor(bool candidate, bool recruiter) =>
    [
        .. recruiter ? [NotificationKind.ApplicationReceived, NotificationKind.ConsentRevoked] : Array.Empty<NotificationKind>(),
        .. candidate ? [NotificationKind.StatusChanged, NotificationKind.ConsentExpiring] : Array.Empty<NotificationKind>(),
        .. candidate || recruiter ? [NotificationKind.MessageReceived] : Array.Empty<NotificationKind>(),
    ];
}
