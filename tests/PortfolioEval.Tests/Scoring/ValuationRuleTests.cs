using PortfolioEval.Scoring;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Scoring;

public class ValuationRuleTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 31);

    [Fact]
    public void Valuation_ContactsOneHalfLifeAgo_HalvesTheValueAndBracketsIt()
    {
        // Five equal clients (HHI 2,000): discount 0.3 × (1 − 1,500/2,000) = 7.5%.
        // 180 days: expected 5 × 1,000 × 0.5 × 0.925 = 2,312.50; low (90): × 0.25 → 1,156.25; high (360): × 0.7071 → 3,270.37.
        var clients = Enumerable.Range(1, 5).Select(i => Client.Named($"c{i}").ContactedOn(2025, 10, 2).Worth(1_000m).Build()).ToList();

        var valuation = ValuationRule.Value(ValuedBook.Of(clients), AsOf, 180, 2_000);

        Assert.Equal(0.075, valuation.ConcentrationDiscount, 12);
        Assert.Equal((1_156.25m, 2_312.50m, 3_270.37m), (valuation.Low, valuation.Expected, valuation.High));
        Assert.Equal(5_000m, valuation.GrossValue);
    }

    [Fact]
    public void Valuation_ClientWithoutContactDate_IsWorthNothingExpected()
    {
        var valuation = ValuationRule.Value(ValuedBook.Of([Client.Named("a").Worth(1_000m)]), AsOf, 180, 10_000);

        Assert.Equal((0m, 0m, 0m), (valuation.Low, valuation.Expected, valuation.High));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1_000, 0)]
    [InlineData(1_500, 0)]
    [InlineData(2_500, 0.12)]
    [InlineData(10_000, 0.255)]
    public void ConcentrationDiscount_ByHhi_FollowsTheDocumentedCurve(double hhi, double discount) =>
        Assert.Equal(discount, ValuationRule.ConcentrationDiscount(hhi), 12);
}
