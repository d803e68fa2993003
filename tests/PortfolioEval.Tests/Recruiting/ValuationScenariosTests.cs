using PortfolioEval.Privacy;
using PortfolioEval.Scoring;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Recruiting;

/// <summary>
/// The "what changes it" of the valuation view, checked against the real formula: each scenario, worked out from the
/// report alone, must agree with <see cref="ValuationRule"/> run on the book itself with that one input changed.
/// </summary>
public class ValuationScenariosTests
{
    private static readonly ScoreReport Worked = WorkedExample.Report();
    private static readonly double HalfLife = WorkedExample.Settings.FreshnessHalfLifeDays;

    private static ValuationScenario Scenario(ScoreReport report, ValuationScenarioKind kind) =>
        Assert.Single(ValuationScenarios.Of(report), s => s.Kind == kind);

    // As the engine values a book since scoring version 2: amounts in other currencies converted first.
    private static Valuation Recomputed(IReadOnlyList<PseudonymisedClient> clients, double hhi) =>
        ValuationRule.Value(ValuedBook.Of(CurrencyConversion.Convert(clients, PortfolioEval.Currencies.RateTable.Reference, WorkedExample.AsOf).Clients),
            WorkedExample.AsOf, HalfLife, hhi);

    private static void AssertWithinACent(decimal expected, decimal actual) =>
        Assert.True(Math.Abs(expected - actual) <= 0.01m, $"expected {expected}, got {actual}");

    [Fact]
    public void Of_WorkedExample_OffersReactivationAndBothConcentrationScenarios()
    {
        Assert.Equal(ConcentrationBand.High, Worked.DealValue.Concentration);
        Assert.Equal(1, Worked.Reactivation.Clients);

        var kinds = ValuationScenarios.Of(Worked).Select(s => s.Kind);

        Assert.Equal([ValuationScenarioKind.DormantClientsReactivated, ValuationScenarioKind.ConcentrationModerate, ValuationScenarioKind.ConcentrationLow], kinds);
    }

    [Fact]
    public void ConcentrationLow_IsTheBookValuedWithNoDiscount()
    {
        var scenario = Scenario(Worked, ValuationScenarioKind.ConcentrationLow);

        var exact = Recomputed(WorkedExample.Clients, hhi: 0);
        Assert.False(scenario.IsAtLeast);
        Assert.Equal(0, scenario.Valuation.ConcentrationDiscount);
        AssertWithinACent(exact.Low, scenario.Valuation.Low);
        AssertWithinACent(exact.Expected, scenario.Valuation.Expected);
        AssertWithinACent(exact.High, scenario.Valuation.High);
    }

    [Fact]
    public void ConcentrationModerate_IsTheBookValuedWithTheDiscountAtTheHighEdge()
    {
        var scenario = Scenario(Worked, ValuationScenarioKind.ConcentrationModerate);

        // Since scoring version 2 "high" starts above 1,800 (2023 guidelines): the discount there is 0.3 × (1 − 1,500 / 1,800).
        var exact = Recomputed(WorkedExample.Clients, hhi: ConcentrationBands.HighAbove);
        Assert.Equal(0.05, scenario.Valuation.ConcentrationDiscount, 9);
        AssertWithinACent(exact.Expected, scenario.Valuation.Expected);
        AssertWithinACent(exact.Low, scenario.Valuation.Low);
        AssertWithinACent(exact.High, scenario.Valuation.High);
        Assert.True(scenario.Valuation.Expected > Worked.Valuation.Expected);
    }

    [Fact]
    public void DormantClientsReactivated_RaisesTheValuation_ButNeverPastWhatReactivatingThemReallyGives()
    {
        var scenario = Scenario(Worked, ValuationScenarioKind.DormantClientsReactivated);

        // The dormant client (tiendas-andinas, 230 days without contact) contacted on the as-of date itself.
        var reactivated = WorkedExample.Clients
            .Select(c => c.ClientPseudonym == "tiendas-andinas" ? c with { LastContact = WorkedExample.AsOf } : c).ToList();
        var exact = Recomputed(reactivated, Worked.DealValue.Hhi);
        Assert.True(scenario.IsAtLeast);
        foreach (var (now, atLeast, really) in new[]
                 {
                     (Worked.Valuation.Low, scenario.Valuation.Low, exact.Low),
                     (Worked.Valuation.Expected, scenario.Valuation.Expected, exact.Expected),
                     (Worked.Valuation.High, scenario.Valuation.High, exact.High),
                 })
        {
            Assert.True(atLeast > now, $"{atLeast} should exceed {now}");
            Assert.True(atLeast <= really + 0.01m, $"{atLeast} should not exceed {really}");
        }
        Assert.Equal(Worked.Valuation.ConcentrationDiscount, scenario.Valuation.ConcentrationDiscount);
    }

    [Fact]
    public void DormantClientsReactivated_ForAClientJustPastTheDormancyPeriod_IsAlmostExact()
    {
        var asOf = WorkedExample.AsOf;
        IReadOnlyList<PseudonymisedClient> clients =
        [
            .. Enumerable.Range(1, 9).Select(i => Client.Named($"active-{i}").ContactedOn(asOf).Worth(1_000m).Build()),
            Client.Named("dormant").ContactedOn(asOf.AddDays(-181)).Worth(5_000m),
        ];
        var report = ScoringEngine.Score(clients, new BookFacts(10, 0), asOf, new ScoringSettings(), WorkedExample.Sectors);

        var scenario = Scenario(report, ValuationScenarioKind.DormantClientsReactivated);

        var exact = ValuationRule.Value(ValuedBook.Of([.. clients.Select(c => c with { LastContact = asOf })]), asOf, 180, report.DealValue.Hhi);
        Assert.InRange(exact.Expected - scenario.Valuation.Expected, 0m, 0.005m * exact.Expected);
    }

    [Fact]
    public void DormantClientsReactivated_MostOfTheValueDormant_RangeStaysInOrder_AndBelowTheTruth()
    {
        var asOf = WorkedExample.AsOf;
        IReadOnlyList<PseudonymisedClient> clients =
        [
            .. Enumerable.Range(1, 4).Select(i => Client.Named($"active-{i}").ContactedOn(asOf).Worth(1_000m).Build()),
            Client.Named("dormant").ContactedOn(asOf.AddDays(-400)).Worth(10_000m),
        ];
        var report = ScoringEngine.Score(clients, new BookFacts(5, 0), asOf, new ScoringSettings(), WorkedExample.Sectors);

        var scenario = Scenario(report, ValuationScenarioKind.DormantClientsReactivated).Valuation;

        var exact = ValuationRule.Value(ValuedBook.Of([.. clients.Select(c => c with { LastContact = asOf })]), asOf, 180, report.DealValue.Hhi);
        Assert.True(scenario.Low <= scenario.Expected && scenario.Expected <= scenario.High, $"{scenario.Low} ≤ {scenario.Expected} ≤ {scenario.High}");
        Assert.True(scenario.Low <= exact.Low && scenario.Expected <= exact.Expected && scenario.High <= exact.High);
        Assert.True(scenario.Expected > report.Valuation.Expected);
    }

    [Fact]
    public void Of_BookWithNoDormantClientsAndLowConcentration_HasNoScenario()
    {
        var asOf = WorkedExample.AsOf;
        // Eleven equal clients: HHI 909, below the 2023 guidelines' 1,000.
        IReadOnlyList<PseudonymisedClient> clients = [.. Enumerable.Range(1, 11).Select(i => Client.Named($"c{i}").ContactedOn(asOf.AddDays(-i)).Worth(1_000m).Build())];
        var report = ScoringEngine.Score(clients, new BookFacts(11, 0), asOf, new ScoringSettings(), WorkedExample.Sectors);

        Assert.Equal(ConcentrationBand.Low, report.DealValue.Concentration);
        Assert.Empty(ValuationScenarios.Of(report));
    }

    [Fact]
    public void Of_ModeratelyConcentratedBook_OffersOnlyTheLowConcentrationScenario()
    {
        var asOf = WorkedExample.AsOf;
        // Six equal clients: HHI 1,667, moderate by the 2023 guidelines (1,000 to 1,800).
        IReadOnlyList<PseudonymisedClient> clients = [.. Enumerable.Range(1, 6).Select(i => Client.Named($"c{i}").ContactedOn(asOf).Worth(1_000m).Build())];
        var report = ScoringEngine.Score(clients, new BookFacts(6, 0), asOf, new ScoringSettings(), WorkedExample.Sectors);

        var scenario = Assert.Single(ValuationScenarios.Of(report));

        Assert.Equal(ConcentrationBand.Moderate, report.DealValue.Concentration);
        Assert.Equal(ValuationScenarioKind.ConcentrationLow, scenario.Kind);
        Assert.Equal(6_000m, scenario.Valuation.Expected);
    }

    [Fact]
    public void Of_BookWithoutValue_HasNoScenario()
    {
        var asOf = WorkedExample.AsOf;
        IReadOnlyList<PseudonymisedClient> clients = [Client.Named("a").ContactedOn(asOf.AddDays(-400)), Client.Named("b").ContactedOn(null)];
        var report = ScoringEngine.Score(clients, new BookFacts(2, 0), asOf, new ScoringSettings(), WorkedExample.Sectors);

        Assert.Empty(ValuationScenarios.Of(report));
    }
}
