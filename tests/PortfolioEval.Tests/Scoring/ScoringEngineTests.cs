using PortfolioEval.Scoring;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Scoring;

public class ScoringEngineTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 31);

    [Fact]
    public void Score_EmptyBook_IsAllZeroNotEnoughToJudgeWithNothingToDo()
    {
        var report = ScoringEngine.Score([], new BookFacts(0, 0), AsOf, new ScoringSettings(), WorkedExample.Sectors);

        Assert.Equal((0, 0, 0, 0), (report.Clients, report.Freshness.Score, report.DealValue.Score, report.Quality.Score));
        Assert.Null(report.Composite.Score);
        Assert.Equal([ThinBookReason.FewerClientsThanMinimum, ThinBookReason.NoPositiveValue, ThinBookReason.NoContactDates], report.Composite.NotEnoughToJudge);
        Assert.Null(report.Relevance.Score);
        Assert.Null(report.Receivables);
        Assert.Empty(report.ActionPlan);
        Assert.Empty(report.Plausibility);
    }

    [Fact]
    public void Score_Always_RecordsVersionAsOfAndSettings()
    {
        var settings = new ScoringSettings { DormantAfterDays = 90 };

        var report = ScoringEngine.Score([Client.Named("a").Worth(1m)], new BookFacts(1, 0), AsOf, settings, WorkedExample.Sectors);

        Assert.Equal((ScoringEngine.Version, AsOf, settings), (report.ScoringVersion, report.AsOf, report.Settings));
    }

    [Theory]
    [InlineData(0, 180, 1.0, null)]
    [InlineData(double.NaN, 180, 1.0, null)]
    [InlineData(180, -1, 1.0, null)]
    [InlineData(180, 180, -0.1, null)]
    [InlineData(180, 180, 1.0, 0.0)]
    public void Score_SettingsNoFormulaCanUse_AreRefused(double halfLife, int dormant, double freshnessWeight, double? target)
    {
        var settings = new ScoringSettings
        {
            FreshnessHalfLifeDays = halfLife,
            DormantAfterDays = dormant,
            Weights = CompositeWeights.Default with { Freshness = freshnessWeight },
            TargetDealSize = (decimal?)target,
        };

        Assert.ThrowsAny<ArgumentException>(() => ScoringEngine.Score([], new BookFacts(0, 0), AsOf, settings, WorkedExample.Sectors));
    }
}
