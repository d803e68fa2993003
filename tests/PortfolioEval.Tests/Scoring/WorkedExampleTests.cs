using PortfolioEval.Scoring;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Scoring;

/// <summary>Every figure of the worked example in docs/SCORING.md, so the doc and the code cannot drift apart.</summary>
public class WorkedExampleTests
{
    private readonly ScoreReport _report = WorkedExample.Report();

    [Fact]
    public void Report_WorkedExample_RecordsVersionDateAndClients()
    {
        Assert.Equal(1, _report.ScoringVersion);
        Assert.Equal(new DateOnly(2026, 3, 31), _report.AsOf);
        Assert.Equal(8, _report.Clients);
    }

    [Fact]
    public void Freshness_WorkedExample_MatchesTheDoc()
    {
        var freshness = _report.Freshness;

        Assert.Equal(74, freshness.Score);
        Assert.Equal(
            [
                new BandFigures(FreshnessBand.Days0To30, 2, 53_000m),
                new BandFigures(FreshnessBand.Days31To90, 1, 12_500m),
                new BandFigures(FreshnessBand.Days91To180, 1, 10_000m),
                new BandFigures(FreshnessBand.Days181To365, 2, 15_000m),
                new BandFigures(FreshnessBand.Over365, 1, 5_000m),
                new BandFigures(FreshnessBand.NoContactDate, 1, 4_500m),
            ],
            freshness.Bands);
        Assert.Equal(0.655, freshness.ShareOfValueContactedIn90Days, 12);
        Assert.Equal(1, freshness.StaleButUpdated);
        Assert.Equal(120, freshness.MedianDaysSinceContact);
        Assert.Equal(180, freshness.HalfLifeDays);
    }

    [Fact]
    public void Relevance_WorkedExample_MatchesTheDoc()
    {
        var relevance = _report.Relevance;

        Assert.Equal(70, relevance.Score);
        Assert.Equal(0.03, relevance.UnmappedShareOfValue, 12);
        var mix = relevance.SectorMix.Select(s => (s.Code, string.Join('|', s.Texts), s.Clients, s.Value, Math.Round(s.ShareOfValue, 12), s.Match)).ToList();
        Assert.Equal(
            [
                ("4711", "Supermercados", 1, 50_000m, 0.5, SectorMatchLevel.Class),
                ("4719", "Tiendas por departamento", 1, 15_000m, 0.15, SectorMatchLevel.Group),
                ("4772", "Farmacia", 1, 12_500m, 0.125, SectorMatchLevel.Division),
                ("46", "Comercio mayorista", 1, 10_000m, 0.1, SectorMatchLevel.Section),
                ("B", "Minería", 1, 5_000m, 0.05, SectorMatchLevel.None),
                ("620", "Software", 1, 4_500m, 0.045, SectorMatchLevel.None),
                (null, "Varios", 1, 3_000m, 0.03, SectorMatchLevel.None),
                ("47", "Comercio minorista", 1, 0m, 0, SectorMatchLevel.Division),
            ],
            mix);
    }

    [Fact]
    public void DealValue_WorkedExample_MatchesTheDoc()
    {
        var value = _report.DealValue;

        Assert.Equal(50, value.Score);
        Assert.Equal("PEN", value.Currency);
        Assert.Equal(100_000m, value.Total);
        Assert.Equal(10_000m, value.Median);
        Assert.Equal(7, value.ClientsWithValue);
        Assert.Equal(
            [
                new ValueBucket(2_000m, 5_000m, 2, 7_500m),
                new ValueBucket(5_000m, 10_000m, 1, 5_000m),
                new ValueBucket(10_000m, 20_000m, 3, 37_500m),
                new ValueBucket(20_000m, 50_000m, 0, 0m),
                new ValueBucket(50_000m, 100_000m, 1, 50_000m),
            ],
            value.Distribution);
        Assert.Equal(4, value.KeyAccounts);
        Assert.Equal(4 / 7.0, value.KeyAccountShare, 12);
        Assert.Equal(3_035.5, value.Hhi, 9);
        Assert.Equal(ConcentrationBand.High, value.Concentration);
        Assert.Equal([0.5, 0.65, 0.775, 0.875, 0.925, 0.97, 1.0], value.Pareto.Select(p => Math.Round(p, 12)));
        Assert.Equal(0.5, value.MedianToTarget);
        Assert.Equal([new CurrencyTotalView("USD", 3_000m, 1)], value.OtherCurrencies.Select(t => new CurrencyTotalView(t.Currency, t.Amount, t.Clients)));
    }

    [Fact]
    public void Quality_WorkedExample_MatchesTheDoc()
    {
        var quality = _report.Quality;

        Assert.Equal(96, quality.Score);
        Assert.Equal([8, 7, 7, 8, 8], quality.Completeness.Select(f => f.Clients));
        Assert.Equal(0, quality.DuplicateClients);
        Assert.Equal(9, quality.RowsRead);
        Assert.Equal(1, quality.RowsRejected);
        Assert.Equal(5, quality.DaysSinceBookUpdated);
    }

    [Fact]
    public void Composite_WorkedExample_Is70()
    {
        Assert.Equal(70, _report.Composite.Score);
        Assert.Equal(
            [("Freshness", 74, 0.35), ("Relevance", 70, 0.25), ("DealValue", 50, 0.25), ("Quality", 96, 0.15)],
            _report.Composite.Components.Select(c => (c.Component, c.Score, Math.Round(c.Weight, 12))));
    }

    [Fact]
    public void ReactivationAndReceivables_WorkedExample_MatchTheDoc()
    {
        Assert.Empty(_report.Plausibility);
        Assert.Equal(new ReactivationPotential(1, 15_000m, "PEN", _report.Reactivation.ClientPseudonyms), _report.Reactivation);
        Assert.Equal(["tiendas-andinas"], _report.Reactivation.ClientPseudonyms);

        var receivables = _report.Receivables!;
        Assert.Equal(
            [
                new AgingFigures(AgingBucket.Current, 1, 20_000m),
                new AgingFigures(AgingBucket.Days1To30, 1, 2_500m),
                new AgingFigures(AgingBucket.Days31To60, 1, 6_000m),
                new AgingFigures(AgingBucket.Days61To90, 0, 0m),
                new AgingFigures(AgingBucket.Over90, 1, 3_000m),
            ],
            receivables.Aging);
        Assert.Equal(31_500m, receivables.Outstanding);
        Assert.Equal(0.375, receivables.OverdueShareOfValue, 12);
    }

    [Fact]
    public void Valuation_WorkedExample_MatchesTheDoc()
    {
        var valuation = _report.Valuation;

        Assert.Equal("PEN", valuation.Currency);
        Assert.Equal(52_638.52m, valuation.Low);
        Assert.Equal(62_443.93m, valuation.Expected);
        Assert.Equal(70_038.71m, valuation.High);
        Assert.Equal(100_000m, valuation.GrossValue);
        Assert.Equal(0.151754, valuation.ConcentrationDiscount, 6);
    }

    [Fact]
    public void ActionPlan_WorkedExample_MostValuableFirst()
    {
        Assert.Equal(
            [
                new ActionItem(ActionKind.ReduceConcentration, 4, 87_500m, "PEN", 0.875),
                new ActionItem(ActionKind.ReactivateDormantKeyClients, 1, 15_000m, "PEN", 0.15),
                new ActionItem(ActionKind.ChaseOverdueReceivables, 3, 11_500m, "PEN", 0.375),
                new ActionItem(ActionKind.UpdateStaleClients, 1, 5_000m, "PEN", 0.125),
                new ActionItem(ActionKind.CompleteMissingFields, 2, 4_500m, "PEN", 0.25),
            ],
            _report.ActionPlan.Select(a => a with { Share = a.Share is { } s ? Math.Round(s, 12) : null }));
    }

    [Fact]
    public void Doc_WorkedExampleCsv_IsTheBookTheTestsScore()
    {
        var doc = File.ReadAllText(WorkedExample.DocPath()).ReplaceLineEndings("\n");
        var start = doc.IndexOf("```csv\n", StringComparison.Ordinal) + "```csv\n".Length;
        var end = doc.IndexOf("```", start, StringComparison.Ordinal);

        Assert.Equal(WorkedExample.Csv.ReplaceLineEndings("\n") + "\n", doc[start..end]);
    }

    private sealed record CurrencyTotalView(string? Currency, decimal Amount, int Clients);

    [Fact]
    public void WorkedExample_SectorTexts_ReadAsTheDocumentSays()
    {
        foreach (var (text, code) in WorkedExample.SectorCodes)
            Assert.Equal(code, WorkedExample.Sectors.Classify(text));
        Assert.Null(WorkedExample.Sectors.Classify("Varios"));
    }
}
