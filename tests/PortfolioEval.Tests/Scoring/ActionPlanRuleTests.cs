using PortfolioEval.Scoring;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Scoring;

public class ActionPlanRuleTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 31);

    private static IReadOnlyList<ActionItem> PlanFor(params Client[] clients)
    {
        var book = ValuedBook.Of([.. clients.Select(c => c.Build())]);
        var dealValue = DealValueRuleTests.Score(book, null, null);
        return ActionPlanRule.Plan(book, AsOf, ReactivationRule.Find(book, AsOf, 180), dealValue, ReceivablesRule.Score(book));
    }

    [Fact]
    public void Plan_HealthyBook_HasNothingToDo()
    {
        var plan = PlanFor([.. Enumerable.Range(1, 10).Select(i => Client.Named($"c{i}").InSector("x").ContactedOn(2026, 3, 1).UpdatedOn(2026, 3, 1).Worth(100m))]);

        Assert.Empty(plan);
    }

    [Fact]
    public void Plan_StaleAndIncompleteClients_ComeMostValuableFirst()
    {
        var plan = PlanFor(
            Client.Named("stale").InSector("x").ContactedOn(2024, 1, 1).UpdatedOn(2025, 1, 1).Worth(100m),
            Client.Named("no-sector").ContactedOn(2026, 3, 1).UpdatedOn(2026, 3, 1).Worth(300m),
            Client.Named("ok1").InSector("x").ContactedOn(2026, 3, 1).UpdatedOn(2026, 3, 1).Worth(200m),
            Client.Named("ok2").InSector("x").ContactedOn(2026, 3, 1).UpdatedOn(2026, 3, 1).Worth(200m),
            Client.Named("ok3").InSector("x").ContactedOn(2026, 3, 1).UpdatedOn(2026, 3, 1).Worth(200m));

        // Shares 30, 20, 20, 20 and 10%: HHI 2,200, highly concentrated by the 2023 thresholds (above 1,800), so since
        // version 2 the plan also asks to grow beyond the four key accounts, the most valuable item.
        Assert.Equal(
            [
                new ActionItem(ActionKind.ReduceConcentration, 4, 900m, "PEN", 0.9),
                new ActionItem(ActionKind.CompleteMissingFields, 1, 300m, "PEN", 0.2),
                new ActionItem(ActionKind.UpdateStaleClients, 1, 100m, "PEN", 0.2),
            ],
            plan.Select(a => a with { Share = a.Share is { } share ? Math.Round(share, 12) : null }));
    }

    [Fact]
    public void Plan_OneClientHoldsMostValueAndOwes_AsksToReduceConcentrationAndChase()
    {
        var plan = PlanFor(
            Client.Named("big").InSector("x").ContactedOn(2026, 3, 1).UpdatedOn(2026, 3, 1).Worth(900m).Owing(400m, 40),
            Client.Named("small").InSector("x").ContactedOn(2026, 3, 1).UpdatedOn(2026, 3, 1).Worth(100m).Owing(0m, 0));

        Assert.Equal(
            [
                new ActionItem(ActionKind.ReduceConcentration, 1, 900m, "PEN", 0.9),
                new ActionItem(ActionKind.ChaseOverdueReceivables, 1, 400m, "PEN", 0.9),
            ],
            plan);
    }

    [Fact]
    public void Plan_DormantHighValueClient_ComesWithItsValueAndShare()
    {
        // Nine clients of 100 and one of 400 (HHI 1,479: low): the dormant 400 is 4/13 of the value.
        var plan = PlanFor(
            [.. Enumerable.Range(1, 9).Select(i => Client.Named($"c{i}").InSector("x").ContactedOn(2026, 3, 1).UpdatedOn(2026, 3, 1).Worth(100m)),
             Client.Named("dormant").InSector("x").ContactedOn(2025, 6, 1).UpdatedOn(2026, 3, 1).Worth(400m)]);

        var item = Assert.Single(plan);
        Assert.Equal((ActionKind.ReactivateDormantKeyClients, 1, 400m, "PEN"), (item.Kind, item.Clients, item.Value, item.Currency));
        Assert.Equal(4 / 13.0, item.Share!.Value, 12);
    }
}
