using PortfolioEval.Scoring;
using PortfolioEval.Scoring.BookValuation;
using PortfolioEval.Tests.Scoring.Golden;
using StoredReport = PortfolioEval.Web.Scoring.ReportJson;

namespace PortfolioEval.Tests.Scoring;

/// <summary>A report holds only finite figures: the portal stores it as JSON, which has no NaN or infinity.</summary>
public class FiniteFiguresTests
{
    private static readonly Lazy<ScoreReport> Random180 = new(() =>
    {
        var book = GoldenBooks.All().Single(b => b.Name == "random 180");
        return ScoringEngine.Score(book.Clients, book.Facts, book.AsOf, book.Settings, book.Sectors, book.Rates);
    });

    [Fact]
    public void Score_GoldenBookRandom180_HasAFiniteForecastAndMultiple_AndIsStoredAsThePortalStoresIt()
    {
        // Its forecast read ∞ (an account of 665 purchases), so its transferability factor and multiple were NaN.
        var value = Random180.Value.BookValue!;

        Assert.True(value.Revenue.Expected > 0);
        Assert.True(double.IsFinite(value.Multiple) && value.Multiple > 0);
        Assert.All(value.Adjustments, a => Assert.True(double.IsFinite(a.Factor), a.Kind.ToString()));
        Assert.NotEmpty(StoredReport.Serialize(Random180.Value));
    }

    [Fact]
    public void Checked_ReportWithANaNFigure_ThrowsAnEngineErrorNamingTheFigure()
    {
        var report = Random180.Value with { BookValue = Random180.Value.BookValue! with { Multiple = double.NaN } };

        // Unchecked, the portal could not save it: stored JSON refuses NaN.
        Assert.Throws<ArgumentException>(() => StoredReport.Serialize(report));
        var error = Assert.Throws<NonFiniteFigureException>(() => FiniteFigures.Checked(report));
        Assert.Equal("BookValue.Multiple", error.Figure);
    }

    [Fact]
    public void Checked_InfinityInsideAListOrDictionary_IsNamedByItsPlace()
    {
        var value = Random180.Value.BookValue!;
        var adjustments = value.Adjustments.ToList();
        var concentration = adjustments.FindIndex(a => a.Kind == AdjustmentKind.Concentration);
        adjustments[concentration] = adjustments[concentration] with
        {
            Inputs = new Dictionary<string, double>(adjustments[concentration].Inputs, StringComparer.Ordinal) { ["hhi"] = double.PositiveInfinity },
        };
        var report = Random180.Value with { BookValue = value with { Adjustments = adjustments } };

        var error = Assert.Throws<NonFiniteFigureException>(() => FiniteFigures.Checked(report));

        Assert.Equal($"BookValue.Adjustments[{concentration}].Inputs[hhi]", error.Figure);
    }

    [Fact]
    public void Checked_NaNInAListOfNumbers_IsNamedByItsIndex()
    {
        var pareto = Random180.Value.DealValue.Pareto.ToArray();
        pareto[3] = double.NaN;
        var report = Random180.Value with { DealValue = Random180.Value.DealValue with { Pareto = pareto } };

        Assert.Equal("DealValue.Pareto[3]", Assert.Throws<NonFiniteFigureException>(() => FiniteFigures.Checked(report)).Figure);
    }

    [Fact]
    public void Checked_ReportOfFiniteFigures_IsReturnedAsItIs() =>
        Assert.Same(Random180.Value, FiniteFigures.Checked(Random180.Value));
}
