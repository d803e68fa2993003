namespace PortfolioEval.Privacy;

/// <summary>
/// How long the client books of an inactive account are kept: the admin's setting, one row for the whole portal,
/// read by the retention job on every run (so every node of a cluster applies the same value).
/// </summary>
public class RetentionPolicy
{
    public const int SingletonId = 1;
    public const int DefaultInactiveMonths = 24;
    public const int DefaultWarningDays = 30;
    public const int MinInactiveMonths = 1;
    public const int MaxInactiveMonths = 120;

    // For EF Core.
    private RetentionPolicy() { }

    public static RetentionPolicy Default() => new()
    {
        Id = SingletonId,
        InactiveMonths = DefaultInactiveMonths,
        WarningDays = DefaultWarningDays,
    };

    public int Id { get; private set; }

    /// <summary>Months without signing in after which a candidate's books are erased.</summary>
    public int InactiveMonths { get; private set; }

    /// <summary>Days between the warning email and the erasure; signing in meanwhile cancels it.</summary>
    public int WarningDays { get; private set; }

    public DateTimeOffset? ChangedAt { get; private set; }

    /// <summary>The longest warning for an inactivity period: no longer than the period can be at its shortest (28 days a month).</summary>
    public static int MaxWarningDays(int inactiveMonths) => inactiveMonths * 28;

    public void Change(int inactiveMonths, int warningDays, DateTimeOffset now)
    {
        if (inactiveMonths is < MinInactiveMonths or > MaxInactiveMonths)
            throw new ArgumentOutOfRangeException(nameof(inactiveMonths), inactiveMonths, "Between 1 and 120 months.");
        if (warningDays < 1 || warningDays > MaxWarningDays(inactiveMonths))
            throw new ArgumentOutOfRangeException(nameof(warningDays), warningDays, "At least one day, and shorter than the inactivity period.");
        (InactiveMonths, WarningDays, ChangedAt) = (inactiveMonths, warningDays, now);
    }
}
