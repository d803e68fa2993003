using PortfolioEval.Web.Recruiting;

namespace PortfolioEval.Tests.Recruiting;

public class CompareBestTests
{
    private static ComparedFigure F(double? number, string? currency = null) => new(number, currency);

    [Fact]
    public void HigherIsBetter_HighlightsTheLargest() =>
        Assert.Equal([1], ComparisonBest.Of([F(40), F(72), F(55)], Better.Higher).Order());

    [Fact]
    public void LowerIsBetter_HighlightsTheSmallest() =>
        Assert.Equal([2], ComparisonBest.Of([F(2500), F(1800), F(900)], Better.Lower).Order());

    [Fact]
    public void Ties_AreAllHighlighted() =>
        Assert.Equal([0, 2], ComparisonBest.Of([F(0), F(3), F(0)], Better.Lower).Order());

    [Fact]
    public void AllEqual_AreAllHighlighted() =>
        Assert.Equal([0, 1], ComparisonBest.Of([F(50), F(50)], Better.Higher).Order());

    [Fact]
    public void SharesDifferingOnlyInTheLastBits_Tie() =>
        Assert.Equal([0, 1], ComparisonBest.Of([F(0.1 + 0.2), F(0.3), F(0.29)], Better.Higher).Order());

    [Fact]
    public void MissingFigure_IsNeverBest_EvenWhereLowerIsBetter() =>
        Assert.Equal([1], ComparisonBest.Of([F(null), F(4), F(6)], Better.Lower).Order());

    [Fact]
    public void OnlyOneFigurePresent_HasNoBest() =>
        Assert.Empty(ComparisonBest.Of([F(null), F(80), F(null)], Better.Higher).Order());

    [Fact]
    public void AllMissing_HasNoBest() =>
        Assert.Empty(ComparisonBest.Of([F(null), F(null)], Better.Higher).Order());

    [Fact]
    public void ContextRow_HasNoBest() =>
        Assert.Empty(ComparisonBest.Of([F(45), F(70)], Better.None).Order());

    [Fact]
    public void MoneyInOneCurrency_IsCompared() =>
        Assert.Equal([0], ComparisonBest.Of([F(120_000, "PEN"), F(80_000, "PEN")], Better.Higher).Order());

    [Fact]
    public void MoneyInDifferentCurrencies_IsNotCompared() =>
        Assert.Empty(ComparisonBest.Of([F(120_000, "PEN"), F(80_000, "USD")], Better.Higher).Order());

    [Fact]
    public void MissingMoney_DoesNotCountAsAnotherCurrency() =>
        Assert.Equal([2], ComparisonBest.Of([F(10, "USD"), F(null), F(30, "USD")], Better.Higher).Order());
}
