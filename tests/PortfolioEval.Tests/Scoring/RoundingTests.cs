using System.Globalization;
using PortfolioEval.Scoring;
using PortfolioEval.Web.Scoring;

namespace PortfolioEval.Tests.Scoring;

/// <summary>One rounding rule for every number shown: halves away from zero, scores and percentages alike.</summary>
public class RoundingTests
{
    [Theory]
    [InlineData(0.125, 13)]
    [InlineData(0.145, 15)]
    [InlineData(0.135, 14)]
    [InlineData(0.005, 1)]
    [InlineData(0.615, 62)]
    [InlineData(0.6174999999999999, 62)]
    [InlineData(0.124, 12)]
    public void ScoreAndPercent_OfTheSameShare_RoundTheSameWay(double share, int expected)
    {
        Assert.Equal(expected, ScoreMath.ToScore(share));
        Assert.Equal(expected, ScoreMath.Percent(share));
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
            Assert.Equal($"{expected}%", ReportTexts.Percent(share).Replace(" ", "", StringComparison.Ordinal));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData(2.5, 3)]
    [InlineData(3.5, 4)]
    [InlineData(-2.5, -3)]
    public void Round_Halves_GoAwayFromZero(double value, double expected)
    {
        Assert.Equal(expected, ScoreMath.Round(value));
        Assert.Equal((decimal)expected, ScoreMath.Round((decimal)value));
    }

    [Fact]
    public void Money_HalfAUnit_RoundsUpAsScoresDo()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
            Assert.Equal(("3", "1,001", "2,555"), (ReportTexts.Money(2.5m), ReportTexts.Money(1_000.5m), ReportTexts.Whole(2_554.5)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
