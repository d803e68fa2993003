using PortfolioEval.Web.Startup;

namespace PortfolioEval.Tests.Startup;

/// <summary>The start-up advice about the collector's young generation, from the budget the runtime reports.</summary>
public sealed class YoungGenerationTests
{
    private const long Megabyte = 1024 * 1024;

    [Fact]
    public void Advice_ForAnEightyMegabyteBudget_NamesItAndTheSettingThatShrinksIt()
    {
        var advice = YoungGeneration.Advice(80 * Megabyte);

        Assert.NotNull(advice);
        Assert.Contains("80 MB", advice, StringComparison.Ordinal);
        Assert.Contains("DOTNET_GCgen0size=0x2000000", advice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(32L * Megabyte)]
    [InlineData(6L * Megabyte)]
    public void Advice_ForThirtyTwoMegabytesOrLess_IsNone(long budget) => Assert.Null(YoungGeneration.Advice(budget));

    [Fact]
    public void Advice_WhenTheRuntimeDoesNotSay_IsNone() => Assert.Null(YoungGeneration.Advice(null));

    [Fact]
    public void Budget_IsTheRuntimesOwnFigure()
    {
        var budget = YoungGeneration.Budget();

        Assert.NotNull(budget);
        Assert.InRange(budget.Value, 256 * 1024, 4096 * Megabyte);
    }
}
