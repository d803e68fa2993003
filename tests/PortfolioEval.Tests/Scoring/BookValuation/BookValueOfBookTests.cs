using PortfolioEval.Scoring.BookValuation;
using PortfolioEval.Scoring.History;
using PortfolioEval.Tests.Scoring.Support;

namespace PortfolioEval.Tests.Scoring.BookValuation;

/// <summary>The valuation as the engine makes it, on the worked example of docs/SCORING.md.</summary>
public class BookValueOfBookTests
{
    [Fact]
    public void Engine_WorkedExample_ValuesThePenClientsByRecencyAndLeavesTheUsdOneOut()
    {
        var value = WorkedExample.Report().BookValue!;

        Assert.Equal("PEN", value.Currency);
        Assert.Equal(6, value.Revenue.Accounts);           // every PEN client with a contact date
        Assert.Equal(1, value.Revenue.AccountsWithoutDate); // Sistemas Quipu
        Assert.True(value.Revenue.RecencyOnly);
        Assert.Equal(ParameterSource.Reference, value.Revenue.Model.PurchasesSource);
        Assert.Equal("USD", Assert.Single(value.LeftOut).Currency);
        Assert.Equal(0.5, value.Concentration.TopShare, 1e-12);  // El Sol: 50,000 of 100,000
        Assert.True(value.Concentration.SingleShareAboveLimit);
        Assert.True(value.Revenue.P10 < value.Revenue.Expected && value.Revenue.Expected < value.Revenue.P90);
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
