using PortfolioEval.Scoring;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Scoring;

public class ReactivationRuleTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 31);
    private static readonly string[] TopThree = ["c", "a", "b"];

    [Fact]
    public void Reactivation_TenClients_TopTwoByValueAreHighValueAndDormantOnesListed()
    {
        // ⌈20% × 10⌉ = 2 high-value clients (1,000 and 900); only the one silent for over 180 days is dormant,
        // and the dormant small client is not high-value.
        var clients = Enumerable.Range(1, 8).Select(i => Client.Named($"small{i}").ContactedOn(2025, 1, 1).Worth(i * 10m).Build())
            .Append(Client.Named("big-active").ContactedOn(2026, 3, 1).Worth(1_000m))
            .Append(Client.Named("big-dormant").ContactedOn(2025, 9, 1).Worth(900m))
            .ToList();

        var reactivation = ReactivationRule.Find(ValuedBook.Of(clients), AsOf, 180);

        Assert.Equal((1, 900m, "PEN"), (reactivation.Clients, reactivation.Value, reactivation.Currency));
        Assert.Equal(["big-dormant"], reactivation.ClientPseudonyms);
    }

    [Fact]
    public void Reactivation_TiesWithTheLastHighValueClient_AreAllHighValue()
    {
        // ⌈20% × 5⌉ = 1, but three clients share the top value: none is left out arbitrarily.
        var clients = TopThree.Select(n => Client.Named(n).Worth(500m).Build())
            .Append(Client.Named("d").Worth(100m)).Append(Client.Named("e").Worth(100m)).ToList();

        var reactivation = ReactivationRule.Find(ValuedBook.Of(clients), AsOf, 180);

        // No contact date: dormant as far as the book says.
        Assert.Equal(["a", "b", "c"], reactivation.ClientPseudonyms);
        Assert.Equal(1_500m, reactivation.Value);
    }

    [Fact]
    public void Reactivation_ContactExactlyAtTheDormancyLimit_IsNotDormant()
    {
        var clients = new[] { Client.Named("a").ContactedOn(AsOf.AddDays(-180)).Worth(1m).Build() };

        Assert.Equal(0, ReactivationRule.Find(ValuedBook.Of(clients), AsOf, 180).Clients);
    }

    [Fact]
    public void Reactivation_ManyDormantClients_NamesTheMostValuableHundredAndCountsThemAll()
    {
        var clients = Enumerable.Range(1, 1_000).Select(i => Client.Named($"c{i:0000}").Worth(i).Build()).ToList();

        var reactivation = ReactivationRule.Find(ValuedBook.Of(clients), AsOf, 180);

        // The top 20% (200 clients, 801 to 1000) were never contacted: all counted, the first 100 by value named.
        Assert.Equal(200, reactivation.Clients);
        Assert.Equal(Enumerable.Range(801, 200).Sum(i => (decimal)i), reactivation.Value);
        Assert.Equal(Enumerable.Range(0, ReactivationRule.MaxNamed).Select(k => $"c{1_000 - k:0000}"), reactivation.ClientPseudonyms);
    }
}
