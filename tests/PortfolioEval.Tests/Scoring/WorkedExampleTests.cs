using PortfolioEval.Scoring;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Scoring;

/// <summary>
/// Every figure of the worked example in docs/SCORING.md (version 2), so the doc and the code cannot drift apart. The
/// version-1 figures of the same book were replaced deliberately when the method changed (issue 13).
/// </summary>
public class WorkedExampleTests
{
    private readonly ScoreReport _report = WorkedExample.Report();

    [Fact]
    public void Report_WorkedExample_RecordsVersionDateAndClients()
    {
        Assert.Equal(4, _report.ScoringVersion);
        Assert.Equal(new DateOnly(2026, 3, 31), _report.AsOf);
        Assert.Equal(8, _report.Clients);
    }

    [Fact]
    public void Freshness_WorkedExample_MatchesTheDoc()
    {
        var freshness = _report.Freshness;

        Assert.Equal(71, freshness.Score);
        Assert.Equal(
            [
                new BandFigures(FreshnessBand.Days0To30, 2, 53_000m),
                new BandFigures(FreshnessBand.Days31To90, 1, 12_500m),
                new BandFigures(FreshnessBand.Days91To180, 1, 10_000m),
                new BandFigures(FreshnessBand.Days181To365, 2, 26_280m),
                new BandFigures(FreshnessBand.Over365, 1, 5_000m),
                new BandFigures(FreshnessBand.NoContactDate, 1, 4_500m),
            ],
            freshness.Bands);
        Assert.Equal(65_500 / 111_280.0, freshness.ShareOfValueContactedIn90Days, 12);
        Assert.Equal(1, freshness.StaleButUpdated);
        Assert.Equal(120, freshness.MedianDaysSinceContact);
        Assert.Equal(180, freshness.HalfLifeDays);
    }

    [Fact]
    public void Relevance_WorkedExample_MatchesTheDoc()
    {
        var relevance = _report.Relevance;

        Assert.Equal(59, relevance.Score);
        Assert.Equal(3_000 / 111_280.0, relevance.UnmappedShareOfValue, 12);
        Assert.Equal(108_280 / 111_280.0, relevance.Coverage!.Value, 12);
        var mix = relevance.SectorMix.Select(s => (s.Code, string.Join('|', s.Texts), s.Clients, s.Value, Math.Round(s.ShareOfValue, 12), s.Match, s.Credit)).ToList();
        static double Share(double value) => Math.Round(value / 111_280, 12);
        Assert.Equal(
            [
                ("4711", "Supermercados", 1, 50_000m, Share(50_000), SectorMatchLevel.Class, 1.0),
                ("4719", "Tiendas por departamento", 1, 15_000m, Share(15_000), SectorMatchLevel.Group, 0.5),
                ("4772", "Farmacia", 1, 12_500m, Share(12_500), SectorMatchLevel.Division, 0.25),
                ("47", "Comercio minorista", 1, 11_280m, Share(11_280), SectorMatchLevel.Division, 0.25),
                ("46", "Comercio mayorista", 1, 10_000m, Share(10_000), SectorMatchLevel.Section, 0.0),
                ("B", "Minería", 1, 5_000m, Share(5_000), SectorMatchLevel.None, 0.0),
                ("620", "Software", 1, 4_500m, Share(4_500), SectorMatchLevel.None, 0.0),
                (null, "Varios", 1, 3_000m, Share(3_000), SectorMatchLevel.None, (double?)null),
            ],
            mix);
    }

    [Fact]
    public void DealValue_WorkedExample_MatchesTheDoc()
    {
        var value = _report.DealValue;

        Assert.Equal(31, value.Score);
        Assert.Equal("PEN", value.Currency);
        Assert.Equal(111_280m, value.Total);
        Assert.Equal(10_640m, value.Median);
        Assert.Equal(8, value.ClientsWithValue);
        Assert.Equal(
            [
                new ValueBucket(2_000m, 5_000m, 2, 7_500m),
                new ValueBucket(5_000m, 10_000m, 1, 5_000m),
                new ValueBucket(10_000m, 20_000m, 4, 48_780m),
                new ValueBucket(20_000m, 50_000m, 0, 0m),
                new ValueBucket(50_000m, 100_000m, 1, 50_000m),
            ],
            value.Distribution);
        Assert.Equal(5, value.KeyAccounts);
        Assert.Equal(5 / 8.0, value.KeyAccountShare, 12);
        Assert.Equal(2_554.047897519, value.Hhi, 6);
        Assert.Equal(ConcentrationBand.High, value.Concentration);
        Assert.Equal(50_000 / 111_280.0, value.TopShare, 12);
        Assert.True(value.TopShareFlagged);
        Assert.Equal(0.532, value.MedianToTarget!.Value, 12);
        Assert.Empty(value.OtherCurrencies);
        Assert.Equal(101_780m, value.RecurringRevenue);
        Assert.Equal(6, value.ActiveClients);
        Assert.Equal(400_000m, value.RevenueTarget);
        Assert.True(value.RevenueTargetFromOpening);
        Assert.Equal(0.25445, value.RevenuePart!.Value, 12);
        Assert.Equal(0.3, value.BreadthPart, 12);
        Assert.Equal(1_000 / 2_554.047897519, value.SpreadPart, 9);
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
    public void Composite_WorkedExample_Is62AndGood()
    {
        Assert.Equal(62, _report.Composite.Score);
        Assert.Equal(62, _report.Composite.Uncapped);
        Assert.Empty(_report.Composite.Gates);
        Assert.Empty(_report.Composite.NotEnoughToJudge);
        Assert.Equal(ScoreScale.Good, BookJudgement.ScaleOf(62));
        Assert.Equal(
            [("Freshness", 71, 0.35), ("Relevance", 59, 0.25), ("DealValue", 31, 0.25), ("Quality", 96, 0.15)],
            _report.Composite.Components.Select(c => (c.Component, c.Score, Math.Round(c.Weight, 12))));
    }

    [Fact]
    public void Currencies_WorkedExample_ConvertTheDollarClientAtTheReferenceRate()
    {
        var currencies = _report.Currencies!;

        Assert.Equal("PEN", currencies.MainCurrency);
        var usd = Assert.Single(currencies.Converted);
        Assert.Equal(("USD", 3_000m, 1, 11_280m), (usd.Currency, usd.Amount, usd.Clients, usd.Converted));
        Assert.Equal(new DateOnly(2024, 12, 31), usd.Rate.On);
        Assert.Equal(3.76m, currencies.MainRate!.UnitsPerUsd);
        Assert.Empty(currencies.NotConverted);
        Assert.Equal(new SignFigures("PEN", 0, 0m, 111_280m), _report.Signs);
    }

    [Fact]
    public void Activity_WorkedExample_MatchesTheDoc()
    {
        var activity = _report.Activity!;

        Assert.Equal(6, activity.ActiveClients);
        Assert.Equal(101_780m, activity.RecurringRevenue);
        Assert.Equal(5_000m, activity.PriorYearRevenue);
        Assert.Equal(101_780 / 106_780.0, activity.Retention!.Value, 12);
        Assert.Equal([2, 1, 1, 2, 2], activity.Recency.Select(p => p.Clients));
        Assert.Equal([0, 0, 0, 0, 8], activity.Frequency.Select(p => p.Clients));
        Assert.Equal([0, 0, 1, 6, 1], activity.Monetary.Select(p => p.Clients));
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
                new AgingFigures(AgingBucket.Days61To90, 1, 3_760m),
                new AgingFigures(AgingBucket.Over90, 1, 3_000m),
            ],
            receivables.Aging);
        Assert.Equal(35_260m, receivables.Outstanding);
        Assert.Equal(48_780 / 111_280.0, receivables.OverdueShareOfValue, 12);
    }

    [Fact]
    public void Valuation_WorkedExample_MatchesTheDoc()
    {
        var valuation = _report.Valuation;

        Assert.Equal("PEN", valuation.Currency);
        Assert.Equal(56_490.81m, valuation.Low);
        Assert.Equal(69_076.53m, valuation.Expected);
        Assert.Equal(79_070.75m, valuation.High);
        Assert.Equal(111_280m, valuation.GrossValue);
        Assert.Equal(0.123809, valuation.ConcentrationDiscount, 6);
    }

    [Fact]
    public void ActionPlan_WorkedExample_MostValuableFirst()
    {
        Assert.Equal(
            [
                new ActionItem(ActionKind.ReduceConcentration, 5, 98_780m, "PEN", Math.Round(98_780 / 111_280.0, 12)),
                new ActionItem(ActionKind.CompleteMissingFields, 2, 15_780m, "PEN", 0.25),
                new ActionItem(ActionKind.ChaseOverdueReceivables, 4, 15_260m, "PEN", Math.Round(48_780 / 111_280.0, 12)),
                new ActionItem(ActionKind.ReactivateDormantKeyClients, 1, 15_000m, "PEN", Math.Round(15_000 / 111_280.0, 12)),
                new ActionItem(ActionKind.UpdateStaleClients, 1, 5_000m, "PEN", 0.125),
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
