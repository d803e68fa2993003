using PortfolioEval.Scoring;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Scoring;

public class DataQualityRuleTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 31);

    [Fact]
    public void Quality_CompleteFreshBookWithoutRejects_Scores100()
    {
        var clients = new[] { Client.Named("a").InSector("x").ContactedOn(2026, 3, 1).UpdatedOn(2026, 3, 30).Worth(1m).Build() };

        var quality = DataQualityRule.Score(clients, new BookFacts(1, 0), AsOf);

        Assert.Equal(100, quality.Score);
        Assert.All(quality.Completeness, f => Assert.Equal(1.0, f.Share));
        Assert.Equal(1, quality.DaysSinceBookUpdated);
    }

    [Fact]
    public void Quality_HalfCompleteDuplicatedStaleBook_AddsUpTheFourParts()
    {
        // a: everything; b: no sector, no dates; c and d share a phone and have only a value without currency.
        var clients = new[]
        {
            Client.Named("a").InSector("x").ContactedOn(2025, 1, 1).UpdatedOn(2025, 10, 2).Worth(1m).Build(),
            Client.Named("b").Worth(1m).Build(),
            Client.Named("c").Worth(1m, null).WithPhone("p1").Build(),
            Client.Named("d").Worth(1m, null).WithPhone("p1").Build(),
        };

        var quality = DataQualityRule.Score(clients, new BookFacts(RowsRead: 10, RowsRejected: 2), AsOf);

        // Completeness: sector ¼, contact ¼, update ¼, value 1, currency ½ → 0.45. Duplicates 2 of 4.
        // Rejected 2 of 10. Updated 180 days ago: (365 − 180) / 335 = 0.5522.
        // 0.4 × 0.45 + 0.2 × 0.5 + 0.2 × 0.8 + 0.2 × 0.5522 = 0.5504 → 55.
        Assert.Equal([1, 1, 1, 4, 2], quality.Completeness.Select(f => f.Clients));
        Assert.Equal(2, quality.DuplicateClients);
        Assert.Equal(180, quality.DaysSinceBookUpdated);
        Assert.Equal(55, quality.Score);
    }

    [Fact]
    public void Duplicates_SharedEmailPhoneOrTaxId_CountEachClientOnce()
    {
        var clients = new[]
        {
            Client.Named("a").WithEmail("e1").WithTaxId("t1").Build(),
            Client.Named("b").WithEmail("e1").Build(),
            Client.Named("c").WithTaxId("t1").Build(),
            Client.Named("d").WithEmail("e2").Build(),
        };

        Assert.Equal(3, DataQualityRule.DuplicateClients(clients));
    }

    [Fact]
    public void Duplicates_ClientsSeenBeforeAndAfterTheSecondOwner_AreAllCounted()
    {
        var clients = new[]
        {
            Client.Named("a").WithEmail("e1").Build(),
            Client.Named("a").WithEmail("e1").Build(),
            Client.Named("b").WithPhone("p1").Build(),
            Client.Named("c").WithEmail("e1").Build(),
            Client.Named("d").WithEmail("e1").WithPhone("p1").Build(),
            Client.Named("e").WithPhone("p2").Build(),
        };

        Assert.Equal(4, DataQualityRule.DuplicateClients(clients));
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData(0, 1)]
    [InlineData(30, 1)]
    [InlineData(365, 0)]
    [InlineData(700, 0)]
    public void Recency_OnTheEdges_IsTheDocumentedFactor(int? days, double factor) =>
        Assert.Equal(factor, DataQualityRule.Recency(days));

    [Fact]
    public void Quality_EmptyBook_ScoresZero() =>
        Assert.Equal(0, DataQualityRule.Score([], new BookFacts(0, 0), AsOf).Score);
}
