namespace PortfolioEval.Notifications;

/// <summary>What a person is told about. Each can be turned off, by each person, on their preferences page.</summary>
public enum NotificationKind
{
    /// <summary>To the company's recruiters: a candidate applied to one of its openings (or shared a report with it).</summary>
    ApplicationReceived = 1,

    /// <summary>To the candidate: a company moved their application (shortlisted, interviewing, rejected, hired).</summary>
    StatusChanged = 2,

    /// <summary>To the candidate: a consent ends within a week; one click renews it.</summary>
    ConsentExpiring = 3,

    /// <summary>To the company's recruiters: a candidate revoked a consent.</summary>
    ConsentRevoked = 4,

    /// <summary>To the other side of an application's thread: a new message.</summary>
    MessageReceived = 5,
}
