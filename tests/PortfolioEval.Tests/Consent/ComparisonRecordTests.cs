using PortfolioEval.Consent;
using PortfolioEval.Scoring;
using PortfolioEval.Scoring.BookValuation;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Consent;

public class ComparisonRecordTests
{
    [Fact]
    public void Of_WorkedExample_KeepsTheFiguresTheComparisonShows()
    {
        var report = SharedReport.Redact(WorkedExample.Report());

        var record = ComparisonRecord.Of(report, "40,210");

        Assert.Equal((report.AsOf, report.Clients, report.Composite.Score, report.Freshness.Score, report.Relevance.Score, report.DealValue.Score, report.Quality.Score),
            (record.AsOf, record.Clients, record.Composite, record.Freshness, record.Relevance, record.DealValue, record.Quality));
        Assert.Equal((report.DealValue.Total, report.DealValue.Median, report.DealValue.Currency, report.DealValue.Hhi),
            (record.Total, record.Median, record.Currency, record.Hhi));
        Assert.Equal(report.Freshness.Bands.Select(b => (b.Band, b.Clients)), record.Bands.Select(b => (b.Band, b.Clients)));
        Assert.Equal(report.Plausibility.Select(q => q.Kind), record.Plausibility);
        Assert.Equal("40,210", record.ParetoPoints);
    }

    [Fact]
    public void Of_SectorsSharingACode_AreOneShareEach_AndUnmappedIsEmptyCode()
    {
        var report = WorkedExample.Report();
        report = report with
        {
            Relevance = report.Relevance with
            {
                SectorMix =
                [
                    new SectorShare("4659", [], 2, 100m, 0.25, SectorMatchLevel.Class),
                    new SectorShare(null, [], 1, 50m, 0.125, null),
                    new SectorShare("4659", [], 3, 150m, 0.375, SectorMatchLevel.Class),
                    new SectorShare("6201", [], 2, 100m, 0.25, SectorMatchLevel.Class),
                ],
            },
        };

        var record = ComparisonRecord.Of(report, "");

        Assert.Equal([("4659", 0.625), ("", 0.125), ("6201", 0.25)], record.Sectors.Select(s => (s.Code, s.Share)));
    }

    [Theory]
    [InlineData(new[] { 0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.96, 0.98, 0.99, 1.0 }, 0.7)] // the top 2 of 10 clients
    [InlineData(new[] { 0.6, 1.0 }, 0.6)] // the top 1 of 2: a fifth of two clients rounds up to one
    public void Of_TopFifthShare_IsTheCurveAfterAFifthOfTheClients(double[] pareto, double expected)
    {
        var report = WorkedExample.Report();

        var record = ComparisonRecord.Of(report with { DealValue = report.DealValue with { Pareto = pareto } }, "");

        Assert.Equal(expected, record.TopFifthShare);
    }

    [Fact]
    public void Of_NoClientWithValue_HasNoTopFifthShare() =>
        Assert.Equal(0, ComparisonRecord.Of(WorkedExample.Report() with { DealValue = WorkedExample.Report().DealValue with { Pareto = [] } }, "").TopFifthShare);

    [Theory]
    [InlineData(0.2, 0.6, 0.6)]
    [InlineData(1.0, 0.0, null)] // no client's origin known: nothing to say
    public void Of_WonShare_IsSaidOnlyWhenSomeClientsOriginIsKnown(double unknown, double won, double? expected)
    {
        var report = WorkedExample.Report();
        var transfer = new ValueAdjustment(AdjustmentKind.Transferability, 1,
            new Dictionary<string, double>(StringComparer.Ordinal) { ["share-unknown"] = unknown, ["share-won"] = won }, "transfer");
        var withValue = report.BookValue is { } value ? report with { BookValue = value with { Adjustments = [transfer] } } : null;
        Assert.NotNull(withValue);

        Assert.Equal(expected, ComparisonRecord.Of(withValue, "").WonShare);
    }

    [Fact]
    public void Of_ReportWithoutBookValue_KeepsTheEarlierValuation()
    {
        var report = WorkedExample.Report() with { BookValue = null };

        var record = ComparisonRecord.Of(report, "");

        Assert.Null(record.BookValue);
        Assert.Null(record.WonShare);
        Assert.Equal(report.Valuation, record.Valuation);
    }
}
