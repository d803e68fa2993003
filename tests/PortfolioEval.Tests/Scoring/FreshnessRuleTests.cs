using PortfolioEval.Scoring;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Scoring;

public class FreshnessRuleTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 31);

    [Fact]
    public void Freshness_BookWithNoContactInAYear_IsStale()
    {
        // 0.5^(400/180) = 0.2143 for both clients: score 21, everything in the over-a-year band.
        var book = ValuedBook.Of([Client.Named("a").ContactedOn(2025, 2, 24).Worth(1_000m), Client.Named("b").ContactedOn(2025, 2, 24).Worth(3_000m)]);

        var freshness = FreshnessRule.Score(book, AsOf, 180);

        Assert.Equal(21, freshness.Score);
        Assert.Equal(new BandFigures(FreshnessBand.Over365, 2, 4_000m), freshness.Bands.Single(b => b.Clients > 0));
        Assert.Equal(0, freshness.ShareOfValueContactedIn90Days);
        Assert.Equal(400, freshness.MedianDaysSinceContact);
    }

    [Fact]
    public void Freshness_ContactOneHalfLifeAgo_CountsHalf()
    {
        // Value-weighted: today (1.0) × 1,000 + 180 days ago (0.5) × 3,000 = 2,500 of 4,000 = 62.5 → 63.
        var book = ValuedBook.Of([Client.Named("a").ContactedOn(2026, 3, 31).Worth(1_000m), Client.Named("b").ContactedOn(2025, 10, 2).Worth(3_000m)]);

        var freshness = FreshnessRule.Score(book, AsOf, 180);

        Assert.Equal(63, freshness.Score);
        Assert.Equal(0.25, freshness.ShareOfValueContactedIn90Days);
        Assert.Equal(90, freshness.MedianDaysSinceContact);
    }

    [Fact]
    public void Freshness_NoValuesAtAll_WeighsClientsEqually()
    {
        var book = ValuedBook.Of([Client.Named("a").ContactedOn(2026, 3, 31), Client.Named("b").ContactedOn(2025, 10, 2)]);

        Assert.Equal(75, FreshnessRule.Score(book, AsOf, 180).Score);
    }

    [Fact]
    public void Freshness_ClientWithoutContactDate_CountsAsGoneAndIsBandedApart()
    {
        var book = ValuedBook.Of([Client.Named("a").ContactedOn(2026, 3, 31).Worth(1_000m), Client.Named("b").Worth(1_000m)]);

        var freshness = FreshnessRule.Score(book, AsOf, 180);

        Assert.Equal(50, freshness.Score);
        Assert.Equal(1, freshness.Bands.Single(b => b.Band == FreshnessBand.NoContactDate).Clients);
        Assert.Equal(0, freshness.MedianDaysSinceContact);
    }

    [Fact]
    public void Freshness_ContactDateAfterAsOf_CountsAsToday()
    {
        var book = ValuedBook.Of([Client.Named("a").ContactedOn(2026, 5, 1).Worth(1_000m)]);

        Assert.Equal(100, FreshnessRule.Score(book, AsOf, 180).Score);
    }

    [Fact]
    public void Freshness_UpdatedLastMonthButNotContactedForAYear_IsStaleButUpdated()
    {
        var book = ValuedBook.Of(
        [
            Client.Named("a").ContactedOn(2025, 3, 1).UpdatedOn(2026, 3, 1),
            Client.Named("b").UpdatedOn(2026, 3, 1),
            Client.Named("c").ContactedOn(2026, 1, 1).UpdatedOn(2026, 3, 1),
            Client.Named("d").ContactedOn(2025, 3, 1).UpdatedOn(2025, 3, 1),
        ]);

        Assert.Equal(2, FreshnessRule.Score(book, AsOf, 180).StaleButUpdated);
    }

    [Theory]
    [InlineData(0, FreshnessBand.Days0To30)]
    [InlineData(30, FreshnessBand.Days0To30)]
    [InlineData(31, FreshnessBand.Days31To90)]
    [InlineData(90, FreshnessBand.Days31To90)]
    [InlineData(91, FreshnessBand.Days91To180)]
    [InlineData(180, FreshnessBand.Days91To180)]
    [InlineData(181, FreshnessBand.Days181To365)]
    [InlineData(365, FreshnessBand.Days181To365)]
    [InlineData(366, FreshnessBand.Over365)]
    [InlineData(null, FreshnessBand.NoContactDate)]
    public void BandOf_DaysOnTheEdges_FallInTheDocumentedBand(int? days, FreshnessBand band) =>
        Assert.Equal(band, FreshnessRule.BandOf(days));
}
