using System.Globalization;
using Xunit.Abstractions;
using PortfolioEval.Scoring.History;

namespace PortfolioEval.Tests.Scoring.History;

/// <summary>
/// The models against the papers that introduced them, on the papers' own data: the published estimates are
/// reproduced to a few units in their last digit.
/// </summary>
public class CdnowTests(ITestOutputHelper output)
{
    [Fact]
    public void BgNbd_FittedOnTheCdnowCalibrationPeriod_ReproducesThePublishedEstimates()
    {
        var (fitted, logLikelihood) = BgNbd.Fit(Cdnow.Summary(), new BgNbdParameters(1, 1, 1, 1));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"BG/NBD: r {fitted.R:F4}, alpha {fitted.Alpha:F4}, a {fitted.A:F4}, b {fitted.B:F4}, LL {logLikelihood:F2}"));

        // Fader, Hardie & Lee (2005): r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = −9,582.4.
        Assert.Equal(0.243, fitted.R, 0.003);
        Assert.Equal(4.414, fitted.Alpha, 0.003);
        Assert.Equal(0.793, fitted.A, 0.003);
        Assert.Equal(2.426, fitted.B, 0.003);
        Assert.Equal(-9_582.4, logLikelihood, 0.3);
    }

    [Fact]
    public void PurchaseLog_OfTheCdnowTransactions_GivesThePublishedSummary()
    {
        var histories = PurchaseLog.Summarise(Cdnow.Purchases(), Cdnow.CalibrationEnd);
        var published = Cdnow.Summary();

        Assert.Equal(published.Count, histories.Count);
        // Both are ordered by sample id (zero-padded, so ordinal order is numeric order).
        for (var i = 0; i < published.Count; i++)
        {
            Assert.Equal(published[i].Frequency, histories[i].History.Frequency);
            Assert.Equal(published[i].Recency, histories[i].History.Recency, 0.006);
            Assert.Equal(published[i].Age, histories[i].History.Age, 0.006);
        }
    }

    [Fact]
    public void GammaGamma_FittedOnTheCdnowRepeatBuyers_ReproducesThePublishedEstimates()
    {
        var histories = PurchaseLog.Summarise(Cdnow.Purchases(), Cdnow.CalibrationEnd).Select(c => c.History).ToList();

        var (fitted, logLikelihood) = GammaGamma.Fit(GammaGamma.Spenders(histories), new GammaGammaParameters(1, 1, 1));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Gamma-Gamma: p {fitted.P:F4}, q {fitted.Q:F4}, gamma {fitted.Gamma:F4}, LL {logLikelihood:F2}"));

        // Fader & Hardie (2013), on the 946 clients with a repeat purchase: p = 6.25, q = 3.74, γ = 15.44.
        Assert.Equal(946, GammaGamma.Spenders(histories).Count);
        Assert.Equal(6.25, fitted.P, 0.03);
        Assert.Equal(3.74, fitted.Q, 0.03);
        Assert.Equal(15.44, fitted.Gamma, 0.03);
    }
}
