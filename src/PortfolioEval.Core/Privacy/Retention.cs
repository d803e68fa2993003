namespace PortfolioEval.Privacy;

/// <summary>What the retention job does next about one candidate.</summary>
public enum RetentionStep
{
    Nothing = 0,

    /// <summary>Send the email that the books will be erased unless the candidate signs in.</summary>
    Warn = 1,

    /// <summary>Erase every client book of the candidate; the account stays.</summary>
    EraseBooks = 2,
}

/// <summary>
/// The retention rule, on values only. Inactivity counts from the last sign-in; the warning goes
/// <see cref="RetentionPolicy.WarningDays"/> before the inactivity period ends; the books are erased once the period
/// has ended <em>and</em> the warning is at least that many days old, so no one loses a book without having been told.
/// </summary>
public static class Retention
{
    public static RetentionStep Next(DateTimeOffset lastActiveAt, DateTimeOffset? retentionWarnedAt, bool hasBooks, RetentionPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (!hasBooks)
            return RetentionStep.Nothing;
        var periodEnds = PeriodEnds(lastActiveAt, policy);
        if (Standing(lastActiveAt, retentionWarnedAt) is not { } warnedAt)
            return now >= periodEnds.AddDays(-policy.WarningDays) ? RetentionStep.Warn : RetentionStep.Nothing;
        return now >= LaterOf(periodEnds, warnedAt, policy) ? RetentionStep.EraseBooks : RetentionStep.Nothing;
    }

    /// <summary>
    /// When the books of a candidate warned at <paramref name="retentionWarnedAt"/> are erased: the end of the inactivity
    /// period, or <see cref="RetentionPolicy.WarningDays"/> after the warning if that is later (a candidate warned
    /// late, say after the policy was shortened, still gets the full notice). The date the warning email announces.
    /// </summary>
    public static DateTimeOffset ErasureDate(DateTimeOffset lastActiveAt, DateTimeOffset retentionWarnedAt, RetentionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return LaterOf(PeriodEnds(lastActiveAt, policy), retentionWarnedAt, policy);
    }

    /// <summary>Calendar months, in UTC: inactive since 31 January for one month ends on 28 (or 29) February.</summary>
    private static DateTimeOffset PeriodEnds(DateTimeOffset lastActiveAt, RetentionPolicy policy) =>
        lastActiveAt.ToUniversalTime().AddMonths(policy.InactiveMonths);

    private static DateTimeOffset LaterOf(DateTimeOffset periodEnds, DateTimeOffset warnedAt, RetentionPolicy policy)
    {
        var noticeEnds = warnedAt.ToUniversalTime().AddDays(policy.WarningDays);
        return noticeEnds > periodEnds ? noticeEnds : periodEnds;
    }

    // Signing in clears the warning (ApplicationUser.MarkActive); one older than the last sign-in would not stand either.
    private static DateTimeOffset? Standing(DateTimeOffset lastActiveAt, DateTimeOffset? warnedAt) =>
        warnedAt is { } at && at >= lastActiveAt ? at : null;
}
