using PortfolioEval.Books;
using PortfolioEval.Currencies;
using PortfolioEval.Scoring;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Scoring;

public class DealValueRuleTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 31);

    /// <summary>Deal value as the engine computes it, with no exchange rates unless given.</summary>
    internal static DealValueScore Score(ValuedBook book, decimal? target, string? currency, RateTable? rates = null) =>
        DealValueRule.Score(book, ActivityRule.Figures(book, AsOf, null), target, currency, rates ?? RateTable.None, AsOf);

    [Fact]
    public void DealValue_FourEqualClientsNeverContacted_Hhi2500HighAndOnlyTheSpreadCounts()
    {
        var book = ValuedBook.Of([.. Enumerable.Range(1, 4).Select(i => (PortfolioEval.Privacy.PseudonymisedClient)Client.Named($"c{i}").Worth(250m))]);

        var value = Score(book, null, null);

        Assert.Equal(2_500, value.Hhi, 9);
        Assert.Equal(ConcentrationBand.High, value.Concentration);
        // No rate, no target: revenue is left out. Breadth 0 (no active client); spread 1,000 / 2,500 = 0.4; (0 + 0.4) / 2 = 0.2.
        Assert.Null(value.RevenuePart);
        Assert.Equal((0.0, 0.4), (value.BreadthPart, Math.Round(value.SpreadPart, 12)));
        Assert.Equal(20, value.Score);
        Assert.Equal(250m, value.Median);
        Assert.Equal(4, value.KeyAccounts);
        Assert.Null(value.MedianToTarget);
    }

    [Fact]
    public void DealValue_OneBigClient_IsHighlyConcentratedAndAKeyAccountAlone()
    {
        var book = ValuedBook.Of([Client.Named("big").Worth(9_000m), Client.Named("s1").Worth(500m), Client.Named("s2").Worth(500m)]);

        var value = Score(book, 1_000m, "PEN");

        // 90² + 5² + 5² = 8,150; spread 1,000 / 8,150 = 0.123; median 500 / 1,000 = 0.5 (shown, not scored);
        // revenue target 1,000 × 20 = 20,000, nobody active: 0.4 × 0 + 0.3 × 0 + 0.3 × 0.123 = 0.037 → 4.
        Assert.Equal(8_150, value.Hhi, 9);
        Assert.Equal(ConcentrationBand.High, value.Concentration);
        Assert.Equal(1, value.KeyAccounts);
        Assert.Equal(1 / 3.0, value.KeyAccountShare, 12);
        Assert.Equal([0.9, 0.95, 1.0], value.Pareto.Select(p => Math.Round(p, 12)));
        Assert.Equal(0.5, value.MedianToTarget);
        Assert.Equal(20_000m, value.RevenueTarget);
        Assert.Equal(0.9, value.TopShare, 12);
        Assert.True(value.TopShareFlagged);
        Assert.Equal(4, value.Score);
    }

    [Fact]
    public void DealValue_TargetInACurrencyWithoutRate_IsNotCompared()
    {
        var book = ValuedBook.Of([Client.Named("a").Worth(1_000m, "PEN")]);

        Assert.Null(Score(book, 500m, "USD").MedianToTarget);
    }

    [Fact]
    public void DealValue_TargetInAnotherCurrency_IsConvertedAtTheRate()
    {
        var book = ValuedBook.Of([Client.Named("a").Worth(1_000m, "PEN")]);

        // 500 USD at 3.76 PEN = 1,880 PEN: 1,000 / 1,880.
        var value = Score(book, 500m, "USD", RateTable.Reference);

        Assert.Equal(1_000 / 1_880.0, value.MedianToTarget!.Value, 12);
        Assert.Equal(37_600m, value.RevenueTarget);
    }

    [Fact]
    public void DealValue_SubstantialActiveBook_FillsRevenueAndBreadth()
    {
        // Twenty clients of 20,000 PEN contacted this month: 400,000 PEN against US$ 200,000 × 3.76 = 752,000 PEN.
        var book = ValuedBook.Of([.. Enumerable.Range(1, 20).Select(i => (PortfolioEval.Privacy.PseudonymisedClient)Client.Named($"c{i}").ContactedOn(2026, 3, 20).Worth(20_000m))]);

        var value = Score(book, null, null, RateTable.Reference);

        Assert.Equal((20, 400_000m, 752_000m), (value.ActiveClients, value.RecurringRevenue, value.RevenueTarget!.Value));
        Assert.False(value.RevenueTargetFromOpening);
        // 0.4 × 0.5319 + 0.3 × 1 + 0.3 × 1 = 0.8128 → 81.
        Assert.Equal(81, value.Score);
    }

    [Fact]
    public void DealValue_MixedCurrencies_ScoresTheMainOneAndListsTheOthers()
    {
        var book = ValuedBook.Of(
        [
            Client.Named("a").Worth(1_000m, "PEN"),
            Client.Named("b").Worth(600m, "PEN"),
            Client.Named("c").Worth(1_200m, "USD"),
            Client.Named("d").WorthEach(new CurrencyAmount("USD", 100m), new CurrencyAmount(null, 50m)),
        ]);

        var value = Score(book, null, null);

        Assert.Equal(("PEN", 1_600m, 2), (value.Currency, value.Total, value.ClientsWithValue));
        Assert.Equal([new CurrencyTotal("USD", 1_300m, 2), new CurrencyTotal(null, 50m, 1)], value.OtherCurrencies);
    }

    [Fact]
    public void DealValue_NoCurrencyAnywhere_ScoresTheNullCurrencyBucket()
    {
        var book = ValuedBook.Of([Client.Named("a").Worth(100m, null), Client.Named("b").Worth(300m, null)]);

        var value = Score(book, null, null);

        Assert.Equal((null, 400m, 200m), (value.Currency, value.Total, value.Median));
    }

    [Fact]
    public void DealValue_NegativeNetValue_CountsAsNoValue()
    {
        var book = ValuedBook.Of([Client.Named("a").Worth(-100m), Client.Named("b").Worth(300m)]);

        var value = Score(book, null, null);

        Assert.Equal((300m, 1, 10_000.0), (value.Total, value.ClientsWithValue, value.Hhi));
    }

    [Fact]
    public void Pareto_BookOfAThousandClients_KeepsTwoHundredPointsOnFixedSharesOfTheFullCurve()
    {
        var clients = Enumerable.Range(1, 1_000).Select(i => (PortfolioEval.Privacy.PseudonymisedClient)Client.Named($"c{i:0000}").Worth(i)).ToList();
        var total = 1_000m * 1_001 / 2;

        var value = Score(ValuedBook.Of(clients), null, null);

        // Point j is the share after the top ⌈j·1000/200⌉ = 5j clients: 1000 + 999 + ... down to 1001 − 5j.
        Assert.Equal(DealValueRule.ParetoPoints, value.Pareto.Count);
        Assert.Equal((double)((1_000m + 996m) * 5 / 2 / total), value.Pareto[0], 12);
        Assert.Equal((double)((1_000m + 801m) * 200 / 2 / total), value.Pareto[39], 12);
        Assert.Equal(1.0, value.Pareto[^1], 12);
    }

    [Fact]
    public void Pareto_BookOfTwoHundredClients_KeepsEveryClientsPoint()
    {
        var clients = Enumerable.Range(1, 200).Select(i => (PortfolioEval.Privacy.PseudonymisedClient)Client.Named($"c{i:000}").Worth(i)).ToList();

        var value = Score(ValuedBook.Of(clients), null, null);

        Assert.Equal(200, value.Pareto.Count);
        Assert.Equal(200.0 / 20_100, value.Pareto[0], 12);
    }

    [Fact]
    public void DealValue_NoValues_ScoresZero()
    {
        var value = Score(ValuedBook.Of([Client.Named("a")]), 100m, null);

        Assert.Equal((0, 0, 0.0, 0m), (value.Score, value.KeyAccounts, value.Hhi, value.Median));
        Assert.Empty(value.Pareto);
        Assert.Null(value.MedianToTarget);
    }

    [Fact]
    public void Distribution_ValuesAcrossDecades_FillOneTwoFiveBuckets()
    {
        var buckets = ValueDistribution.Of([0.5m, 3m, 4m, 120m]);

        Assert.Equal(
            [
                new ValueBucket(0m, 1m, 1, 0.5m), new ValueBucket(1m, 2m, 0, 0m), new ValueBucket(2m, 5m, 2, 7m),
                new ValueBucket(5m, 10m, 0, 0m), new ValueBucket(10m, 20m, 0, 0m), new ValueBucket(20m, 50m, 0, 0m),
                new ValueBucket(50m, 100m, 0, 0m), new ValueBucket(100m, 200m, 1, 120m),
            ],
            buckets);
    }

    [Fact]
    public void Distribution_ValueOnAnEdge_FallsInTheBucketItOpens()
    {
        var buckets = ValueDistribution.Of([1m, 2m, 4.99m, 5m]);

        Assert.Equal([new ValueBucket(1m, 2m, 1, 1m), new ValueBucket(2m, 5m, 2, 6.99m), new ValueBucket(5m, 10m, 1, 5m)], buckets);
    }

    [Theory]
    [InlineData(999.99, ConcentrationBand.Low)]
    [InlineData(1_000, ConcentrationBand.Moderate)]
    [InlineData(1_800, ConcentrationBand.Moderate)]
    [InlineData(1_800.01, ConcentrationBand.High)]
    public void BandOf_HhiOnThe2023GuidelinesEdges_FallsInTheDocumentedBand(double hhi, ConcentrationBand band) =>
        Assert.Equal(band, ConcentrationBands.BandOf(hhi));
}
