using PortfolioEval.Scoring;

namespace PortfolioEval.Tests.Scoring;

public class CompositeRuleTests
{
    private static readonly FreshnessScore Freshness = new(80, [], 0, 0, null, 180);
    private static readonly DealValueScore DealValue = new(40, "PEN", 0, 0, 0, [], 0, 0, 0, ConcentrationBand.Low, [], null, []);
    private static readonly QualityScore Quality = new(100, [], 0, 0, 0, null);

    [Fact]
    public void Composite_WithoutSectorsChosen_NormalisesTheOtherWeights()
    {
        // 0.35 : 0.25 : 0.15 over 0.75 → 0.4667, 0.3333, 0.2: 37.33 + 13.33 + 20 = 70.67 → 71.
        var composite = CompositeRule.Combine(Freshness, new RelevanceScore(null, [], 0), DealValue, Quality, CompositeWeights.Default);

        Assert.Equal(71, composite.Score);
        Assert.Equal(["Freshness", "DealValue", "Quality"], composite.Components.Select(c => c.Component));
        Assert.Equal(1.0, composite.Components.Sum(c => c.Weight), 12);
    }

    [Fact]
    public void Composite_WithRelevance_UsesTheDefaultWeights()
    {
        // 0.35 × 80 + 0.25 × 20 + 0.25 × 40 + 0.15 × 100 = 28 + 5 + 10 + 15 = 58.
        var composite = CompositeRule.Combine(Freshness, new RelevanceScore(20, [], 0), DealValue, Quality, CompositeWeights.Default);

        Assert.Equal(58, composite.Score);
        Assert.Equal(4, composite.Components.Count);
    }

    [Fact]
    public void Composite_AllWeightsZero_WeighsComponentsEqually()
    {
        var composite = CompositeRule.Combine(Freshness, new RelevanceScore(null, [], 0), DealValue, Quality, new CompositeWeights(0, 0, 0, 0));

        Assert.Equal(73, composite.Score);
    }
}
