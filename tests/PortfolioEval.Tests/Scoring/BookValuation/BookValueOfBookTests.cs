using PortfolioEval.Scoring.BookValuation;
using PortfolioEval.Scoring.History;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Scoring.BookValuation;

/// <summary>The valuation as the engine makes it, on the worked example of docs/SCORING.md.</summary>
public class BookValueOfBookTests
{
    [Fact]
    public void Engine_WorkedExample_ValuesTheClientsByRecency_TheUsdOneConvertedAtTheStatedRate()
    {
        var value = WorkedExample.Report().BookValue!;

        Assert.Equal("PEN", value.Currency);
        Assert.Equal(7, value.Revenue.Accounts);           // every client with a contact date, Trujillo's USD converted
        Assert.Equal(1, value.Revenue.AccountsWithoutDate); // Sistemas Quipu
        Assert.True(value.Revenue.RecencyOnly);
        Assert.Equal(ParameterSource.Reference, value.Revenue.Model.PurchasesSource);
        Assert.Empty(value.LeftOut);                        // USD has a rate: 3,000 USD counted as 11,280 PEN
        var currency = value.Adjustments.Single(a => a.Kind == AdjustmentKind.Currency);
        Assert.Equal((1.0, ValuationTexts.CurrencyConverted, 1.0, 0.0),
            (currency.Factor, currency.ExplanationKey, currency.Inputs["currencies-converted"], currency.Inputs["currencies-left-out"]));
        Assert.Equal(50_000 / 111_280.0, value.Concentration.TopShare, 1e-12);  // El Sol: 50,000 of 111,280
        Assert.True(value.Concentration.SingleShareAboveLimit);
        Assert.True(value.Revenue.P10 < value.Revenue.Expected && value.Revenue.Expected < value.Revenue.P90);
    }

    [Fact]
    public void Engine_CurrencyWithoutARate_IsListedAndLeftOut_TheOthersConverted()
    {
        var clients = WorkedExample.Clients.Append(new PortfolioEval.Privacy.PseudonymisedClient
        {
            ClientPseudonym = "sin-tasa", LastContact = WorkedExample.AsOf.AddDays(-3), Value = 9_000m, Currency = "XYZ", PurchaseCount = 1, RowCount = 1,
        }).ToList();

        var value = PortfolioEval.Scoring.ScoringEngine.Score(clients, WorkedExample.Facts, WorkedExample.AsOf, WorkedExample.Settings, WorkedExample.Sectors).BookValue!;

        Assert.Equal(("XYZ", 9_000m), (Assert.Single(value.LeftOut).Currency, value.LeftOut[0].Amount));
        Assert.Equal(ValuationTexts.CurrencyConvertedSomeLeftOut, value.Adjustments.Single(a => a.Kind == AdjustmentKind.Currency).ExplanationKey);
        Assert.Equal(7, value.Revenue.Accounts);
    }

    [Fact]
    public void StoredReport_KeepsTheBookValue()
    {
        var report = WorkedExample.Report();

        var stored = PortfolioEval.Web.Scoring.ReportJson.Deserialize(PortfolioEval.Web.Scoring.ReportJson.Serialize(report));

        Assert.Equal(report.BookValue!.Value, stored.BookValue!.Value);
        Assert.Equal(report.BookValue.Revenue, stored.BookValue.Revenue);
        Assert.Equal(report.BookValue.Sensitivity, stored.BookValue.Sensitivity);
        Assert.Equal(report.BookValue.Adjustments.Select(a => (a.Kind, a.Factor, a.ExplanationKey)), stored.BookValue.Adjustments.Select(a => (a.Kind, a.Factor, a.ExplanationKey)));
        Assert.Equal(report.BookValue.Adjustments[1].Inputs["hhi"], stored.BookValue.Adjustments[1].Inputs["hhi"]);
    }
}
