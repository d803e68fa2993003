using PortfolioEval.Accounts;
using PortfolioEval.Privacy;
using PortfolioEval.Tests.Accounts;

namespace PortfolioEval.Tests.Privacy;

/// <summary>The retention rule on values: 24 months of inactivity, a warning 30 days before (the seeded policy).</summary>
public class RetentionRuleTests
{
    private static readonly RetentionPolicy Policy = RetentionPolicy.Default();
    private static readonly DateTimeOffset LastActive = new(2025, 1, 15, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset PeriodEnds = new(2027, 1, 15, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WarningDue = PeriodEnds.AddDays(-30);
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    private static RetentionStep Next(DateTimeOffset? warnedAt, DateTimeOffset now, bool hasBooks = true) =>
        Retention.Next(LastActive, warnedAt, hasBooks, Policy, now);

    [Fact]
    public void NotWarned_ATickBeforeTheWarningIsDue_IsNothing() =>
        Assert.Equal(RetentionStep.Nothing, Next(null, WarningDue - Tick));

    [Fact]
    public void NotWarned_ExactlyWhenTheWarningIsDue_Warns() =>
        Assert.Equal(RetentionStep.Warn, Next(null, WarningDue));

    [Fact]
    public void Warned_ExactlyAtTheEndOfTheLastMonth_ErasesBooks()
    {
        Assert.Equal(RetentionStep.Nothing, Next(WarningDue, PeriodEnds - Tick));
        Assert.Equal(RetentionStep.EraseBooks, Next(WarningDue, PeriodEnds));
    }

    [Fact]
    public void NeverWarned_LongAfterThePeriodEnded_WarnsInsteadOfErasing() =>
        Assert.Equal(RetentionStep.Warn, Next(null, PeriodEnds.AddYears(3)));

    [Fact]
    public void WarnedLate_PeriodOverButWarningNotOldEnough_WaitsTheFullWarning()
    {
        var warnedAt = PeriodEnds.AddDays(100);

        Assert.Equal(RetentionStep.Nothing, Next(warnedAt, warnedAt.AddDays(30) - Tick));
        Assert.Equal(RetentionStep.EraseBooks, Next(warnedAt, warnedAt.AddDays(30)));
        Assert.Equal(warnedAt.AddDays(30), Retention.ErasureDate(LastActive, warnedAt, Policy));
    }

    [Fact]
    public void ErasureDate_OfAWarningOnTime_IsTheEndOfThePeriod() =>
        Assert.Equal(PeriodEnds, Retention.ErasureDate(LastActive, WarningDue, Policy));

    [Fact]
    public void NoBooks_LongInactiveAndWarned_IsNothing()
    {
        Assert.Equal(RetentionStep.Nothing, Next(null, PeriodEnds.AddYears(1), hasBooks: false));
        Assert.Equal(RetentionStep.Nothing, Next(WarningDue, PeriodEnds.AddYears(1), hasBooks: false));
    }

    [Fact]
    public void WarnedButSignedInAgain_IsNothingUntilANewPeriodRunsOut()
    {
        var candidate = new ApplicationUser("ana@example.test", "Ana", LastActive);
        candidate.MarkRetentionWarned(WarningDue);
        var back = WarningDue.AddDays(10);

        candidate.MarkActive(back);

        Assert.Null(candidate.RetentionWarnedAt);
        Assert.Equal(RetentionStep.Nothing, Retention.Next(candidate.LastActiveAt, candidate.RetentionWarnedAt, true, Policy, PeriodEnds.AddDays(1)));
        Assert.Equal(RetentionStep.Warn, Retention.Next(candidate.LastActiveAt, candidate.RetentionWarnedAt, true, Policy, back.AddMonths(24).AddDays(-30)));
    }

    [Fact]
    public void WarningFromBeforeTheLastSignIn_DoesNotStand()
    {
        var signedInAfter = WarningDue.AddDays(1);

        var next = Retention.Next(signedInAfter, WarningDue, true, Policy, signedInAfter.AddYears(5));

        Assert.Equal(RetentionStep.Warn, next);
    }

    [Fact]
    public void MonthEnd_InactiveSinceTheLastDayOfAMonth_PeriodEndsOnTheLastDayOfAShorterOne()
    {
        var policy = RetentionPolicy.Default();
        policy.Change(1, 10, LastActive);
        var lastActive = new DateTimeOffset(2025, 3, 31, 0, 0, 0, TimeSpan.Zero);
        var warnedAt = new DateTimeOffset(2025, 4, 20, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(RetentionStep.Nothing, Retention.Next(lastActive, null, true, policy, warnedAt - Tick));
        Assert.Equal(RetentionStep.Warn, Retention.Next(lastActive, null, true, policy, warnedAt));
        Assert.Equal(new DateTimeOffset(2025, 4, 30, 0, 0, 0, TimeSpan.Zero), Retention.ErasureDate(lastActive, warnedAt, policy));
    }

    [Fact]
    public void Months_CountInUtc_WhateverTheOffsetOfTheLastSignIn()
    {
        var policy = RetentionPolicy.Default();
        policy.Change(1, 1, LastActive);
        // 28 February in Lima is already 1 March in UTC: one month later is 1 April, not 28 March.
        var lastActive = new DateTimeOffset(2025, 2, 28, 21, 0, 0, TimeSpan.FromHours(-5));
        var warningDue = new DateTimeOffset(2025, 3, 31, 2, 0, 0, TimeSpan.Zero);

        Assert.Equal(RetentionStep.Nothing, Retention.Next(lastActive, null, true, policy, warningDue - Tick));
        Assert.Equal(RetentionStep.Warn, Retention.Next(lastActive, null, true, policy, warningDue));
    }
}
