using System.Globalization;
using PortfolioEval.Web.Scoring;

namespace PortfolioEval.Tests.Scoring;

public class SvgNumberTests
{
    [Fact]
    public void Tenths_WriteWhatTheFormatZeroPointHashWrites_ForEveryHundredthAndThirdUpToAThousand()
    {
        // Hundredths hit every tie (x.x5) and thirds every repeating binary fraction; the charts' coordinates are 0-640.
        var values = Enumerable.Range(0, 100_001).Select(i => i / 100d)
            .Concat(Enumerable.Range(0, 3_001).Select(i => i / 3d))
            .Concat(Enumerable.Range(1, 1_000).Select(i => -i / 7d));
        foreach (var value in values)
            Assert.Equal(value.ToString("0.#", CultureInfo.InvariantCulture), $"{SvgNumber.Tenths(value)}");
    }

    [Theory]
    [InlineData(1.15, "1.2")]
    [InlineData(12.25, "12.3")]
    [InlineData(0.04, "0")]
    [InlineData(-0.04, "0")]
    [InlineData(180, "180")]
    [InlineData(double.NaN, "NaN")]
    public void Tenths_RoundHalvesAwayFromZero_AsTheNumberPrints(double value, string written) =>
        Assert.Equal(written, SvgNumber.Tenths(value).ToString());

    [Theory]
    [InlineData("es-PE")]
    [InlineData("es")]
    [InlineData("en")]
    public void Percent_FormattedAsADecimal_ReadsAsTheDoubleFormattingDid(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            // Adding +0 turns the double's -0 (a share just below zero, which it wrote "-0%") into the 0 the decimal writes.
            foreach (var share in Enumerable.Range(-200, 2_601).Select(i => i / 2_000d))
                Assert.Equal((PortfolioEval.Scoring.ScoreMath.Percent(share) / 100 + 0d).ToString("P0", culture), ReportTexts.Percent(share));
            Assert.Equal(ReportTexts.Percent(0), ReportTexts.Percent(-0.001));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
