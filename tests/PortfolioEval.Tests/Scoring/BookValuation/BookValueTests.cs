using PortfolioEval.Books;
using PortfolioEval.Scoring;
using PortfolioEval.Scoring.BookValuation;
using PortfolioEval.Scoring.History;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Scoring.BookValuation;

public class BookValueTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 31);

    private static ValuationClient Client(string name, decimal value, int daysAgo, int purchases = 4, ClientOrigin origin = ClientOrigin.Unknown) =>
        new(name, name, value, purchases, null, AsOf.AddDays(-daysAgo), origin);

    private static BookValue Value(IReadOnlyList<ValuationClient> clients) => BookValueRule.Value(clients, "PEN", [], AsOf);

    [Fact]
    public void OneTwoMillionClientAmongNineSmallOnes_IsFlaggedAndDiscounted()
    {
        ValuationClient[] clients = [Client("big", 2_000_000, 20), .. Enumerable.Range(0, 9).Select(i => Client($"small{i}", 10_000, 20))];

        var value = Value(clients);

        Assert.True(value.Concentration.SingleShareAboveLimit);
        Assert.Equal(ConcentrationLevel.High, value.Concentration.Level);
        Assert.True(value.Concentration.TopShare > 0.9);
        Assert.InRange(value.Concentration.Discount, 0.17, Concentration.MaxDiscount);
        var adjustment = Assert.Single(value.Adjustments, a => a.Kind == AdjustmentKind.Concentration);
        Assert.Equal(1 - value.Concentration.Discount, adjustment.Factor);
        Assert.True(value.Value < value.Revenue.Expected * (decimal)(value.BaseMultiple * value.Adjustments.Where(a => a.Kind != AdjustmentKind.Concentration).Aggregate(1.0, (m, a) => m * a.Factor)));
    }

    [Fact]
    public void TenEqualClients_AreNotConcentrated()
    {
        var value = Value([.. Enumerable.Range(0, 10).Select(i => Client($"c{i}", 10_000, 20))]);

        Assert.Equal(ConcentrationLevel.Moderate, value.Concentration.Level); // HHI exactly 1,000
        Assert.Equal(0, value.Concentration.Discount, 1e-12);
        Assert.False(value.Concentration.SingleShareAboveLimit);
        Assert.Equal(0.5, value.Concentration.TopFiveShare, 1e-12);
    }

    [Fact]
    public void ThirtyOnePercentClientAmongSeventySmallOnes_IsFlagged()
    {
        var value = Value([Client("big", 31_000, 20), .. Enumerable.Range(0, 69).Select(i => Client($"c{i:00}", 1_000, 20))]);

        Assert.True(value.Concentration.SingleShareAboveLimit);
        Assert.True(value.Concentration.Discount > 0);
    }

    [Fact]
    public void Book_WithoutOrigins_UsesTheNeutralTransferabilityAndSaysSo()
    {
        var value = Value([Client("a", 5_000, 30), Client("b", 7_000, 90)]);

        var transfer = Assert.Single(value.Adjustments, a => a.Kind == AdjustmentKind.Transferability);
        Assert.Equal(Transferability.Neutral, transfer.Factor, 1e-12);
        Assert.Equal(ValuationTexts.TransferabilityNeutral, transfer.ExplanationKey);
    }

    [Fact]
    public void Book_OfClientsTheCandidateWon_IsWorthMoreThanTheSameBookInherited()
    {
        var won = Value([Client("a", 5_000, 30, origin: ClientOrigin.Won), Client("b", 7_000, 90, origin: ClientOrigin.Won)]);
        var inherited = Value([Client("a", 5_000, 30, origin: ClientOrigin.Inherited), Client("b", 7_000, 90, origin: ClientOrigin.Assigned)]);

        Assert.Equal(ValuationTexts.TransferabilityKnown, won.Adjustments.Single(a => a.Kind == AdjustmentKind.Transferability).ExplanationKey);
        Assert.InRange(inherited.Value, won.Value * 0.6m - 0.02m, won.Value * 0.6m + 0.02m);
    }

    [Fact]
    public void Book_WithOtherCurrencies_LeavesThemOutAndSaysSo()
    {
        var value = BookValueRule.Value([Client("a", 5_000, 30)], "PEN", [new CurrencyTotal("USD", 3_000, 1)], AsOf);

        Assert.Equal(ValuationTexts.CurrencyLeftOut, value.Adjustments.Single(a => a.Kind == AdjustmentKind.Currency).ExplanationKey);
        Assert.Equal("USD", Assert.Single(value.LeftOut).Currency);
    }

    [Fact]
    public void Value_IsRevenueTimesTheMultiple_AndTheRangeComesFromTheSimulation()
    {
        var value = Value([.. Enumerable.Range(0, 25).Select(i => Client($"c{i:00}", 1_000 + 100 * i, 10 * i))]);

        var multiple = value.BaseMultiple * value.Adjustments.Aggregate(1.0, (m, a) => m * a.Factor);
        Assert.Equal(multiple, value.Multiple, 1e-12);
        Assert.InRange(value.Value, value.Revenue.Expected * (decimal)multiple - 0.02m, value.Revenue.Expected * (decimal)multiple + 0.02m);
        Assert.True(value.Low < value.Value && value.Value < value.High);
        Assert.Equal(ParameterSource.Reference, value.Revenue.Model.PurchasesSource);
        Assert.True(value.Revenue.RecencyOnly);
        Assert.Equal(ValuationTexts.RevenueRecencyOnly, value.Revenue.ExplanationKey);
        Assert.True(ValuationTexts.English.ContainsKey(value.Revenue.ExplanationKey));
    }

    [Fact]
    public void Sensitivity_ListsEveryInput_LargestSwingFirst()
    {
        var value = Value([Client("big", 50_000, 15), .. Enumerable.Range(0, 9).Select(i => Client($"c{i}", 5_000, 30 * i))]);

        Assert.Equal(Enum.GetValues<SensitivityInput>().Order(), value.Sensitivity.Select(s => s.Input).Order());
        Assert.Equal(value.Sensitivity.Select(s => s.Swing).OrderDescending(), value.Sensitivity.Select(s => s.Swing));
        Assert.All(value.Sensitivity, s => Assert.True(s.Down <= value.Value && value.Value <= s.Up, $"{s.Input}: {s.Down} {value.Value} {s.Up}"));
    }

    [Fact]
    public void DormantBook_IsWorthFarLessThanTheSameBookRecentlyContacted()
    {
        var recent = Value([.. Enumerable.Range(0, 10).Select(i => Client($"c{i}", 10_000, 10))]);
        var dormant = Value([.. Enumerable.Range(0, 10).Select(i => Client($"c{i}", 10_000, 3 * 365))]);

        Assert.True(dormant.Value < recent.Value / 5, $"{dormant.Value} vs {recent.Value}");
        Assert.True(dormant.Revenue.Retention < recent.Revenue.Retention);
    }

    [Fact]
    public void Engine_ClientsSharingATaxId_AreOneAccount()
    {
        var clients = new[]
        {
            Tests.Scoring.Support.Client.Named("b").Worth(1_000).ContactedOn(2026, 3, 1).WithTaxId("T1").Build(),
            Tests.Scoring.Support.Client.Named("a").Worth(2_000).ContactedOn(2026, 2, 1).WithEmail("E1").Build(),
            Tests.Scoring.Support.Client.Named("c").Worth(3_000).ContactedOn(2026, 1, 1).WithTaxId("T1").WithEmail("E1").Build(),
            Tests.Scoring.Support.Client.Named("d").Worth(4_000).ContactedOn(2026, 1, 1).Build(),
        };

        var keys = BookValueOfBook.AccountKeys(clients);
        var value = BookValueOfBook.Value(ValuedBook.Of(clients), AsOf);

        Assert.Equal("a", keys["b"]);
        Assert.Equal("a", keys["c"]);
        Assert.Equal("d", keys["d"]);
        Assert.Equal(2, value.Revenue.Accounts);
    }
}
