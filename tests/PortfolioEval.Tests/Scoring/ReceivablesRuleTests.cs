using PortfolioEval.Scoring;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Scoring;

public class ReceivablesRuleTests
{
    [Fact]
    public void Receivables_BookWithoutBalancesOrDaysOverdue_IsNull() =>
        Assert.Null(ReceivablesRule.Score(ValuedBook.Of([Client.Named("a").Worth(1m)])));

    [Fact]
    public void Receivables_BalancesAndDaysOverdue_AgeIntoBucketsAndShareOfValue()
    {
        var book = ValuedBook.Of(
        [
            Client.Named("a").Worth(400m).Owing(100m, 0),
            Client.Named("b").Worth(300m).Owing(50m, 30),
            Client.Named("c").Worth(200m).Owing(null, 61),
            Client.Named("d").Worth(100m).Owing(70m, 120),
            Client.Named("usd").Worth(50m, "USD").Owing(999m, 120),
        ]);

        var receivables = ReceivablesRule.Score(book)!;

        Assert.Equal(
            [
                new AgingFigures(AgingBucket.Current, 1, 100m),
                new AgingFigures(AgingBucket.Days1To30, 1, 50m),
                new AgingFigures(AgingBucket.Days31To60, 0, 0m),
                new AgingFigures(AgingBucket.Days61To90, 1, 0m),
                new AgingFigures(AgingBucket.Over90, 1, 70m),
            ],
            receivables.Aging);
        Assert.Equal(220m, receivables.Outstanding);
        // b, c and d are overdue: (300 + 200 + 100) / 1,000.
        Assert.Equal(0.6, receivables.OverdueShareOfValue, 12);
    }

    [Theory]
    [InlineData(null, AgingBucket.Current)]
    [InlineData(-3, AgingBucket.Current)]
    [InlineData(0, AgingBucket.Current)]
    [InlineData(1, AgingBucket.Days1To30)]
    [InlineData(31, AgingBucket.Days31To60)]
    [InlineData(90, AgingBucket.Days61To90)]
    [InlineData(91, AgingBucket.Over90)]
    public void BucketOf_DaysOnTheEdges_FallInTheDocumentedBucket(int? days, AgingBucket bucket) =>
        Assert.Equal(bucket, ReceivablesRule.BucketOf(days));
}
