using PortfolioEval.Books;

namespace PortfolioEval.Tests.Books;

public class AmountParserTests
{
    [Theory]
    [InlineData("1.234,56", DecimalSeparator.Comma, "1234.56")]
    [InlineData("1,234.56", DecimalSeparator.Point, "1234.56")]
    [InlineData("S/ 3.518,20", DecimalSeparator.Comma, "3518.20")]
    [InlineData("$ 2,871.00", DecimalSeparator.Point, "2871.00")]
    [InlineData("(1.200,00)", DecimalSeparator.Comma, "-1200.00")]
    [InlineData("-500", DecimalSeparator.Comma, "-500")]
    [InlineData("500-", DecimalSeparator.Point, "-500")]
    [InlineData("S/ -75,5", DecimalSeparator.Comma, "-75.5")]
    [InlineData("1 234,56", DecimalSeparator.Comma, "1234.56")]
    [InlineData("1\u00A0234,56", DecimalSeparator.Comma, "1234.56")]
    [InlineData("1'234.50", DecimalSeparator.Point, "1234.50")]
    [InlineData("1.234.567", DecimalSeparator.Comma, "1234567")]
    [InlineData("1.234", DecimalSeparator.Comma, "1234")]
    [InlineData("1.234", DecimalSeparator.Point, "1.234")]
    [InlineData("€1.000", DecimalSeparator.Comma, "1000")]
    [InlineData("12345", DecimalSeparator.Point, "12345")]
    public void Parse_TextAmount_ReadsTheValue(string text, DecimalSeparator separator, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), AmountParser.Parse(text, separator).Value);

    [Theory]
    [InlineData("S/ 3.518,20", "PEN")]
    [InlineData("USD 1.000,00", "USD")]
    [InlineData("1.000 €", "EUR")]
    [InlineData("MXN 250", "MXN")]
    public void Parse_CurrencyMarker_GivesItsIsoCode(string text, string iso) =>
        Assert.Equal(iso, AmountParser.Parse(text, DecimalSeparator.Comma).Currency);

    [Fact]
    public void Parse_DollarSignAlone_LeavesTheCurrencyUnknown()
    {
        var result = AmountParser.Parse("$ 2,871.00", DecimalSeparator.Point);

        Assert.Null(result.Currency);
        Assert.True(result.HasCurrencyMarker);
    }

    [Theory]
    [InlineData("USD 10k")]
    [InlineData("10 mil")]
    [InlineData("1.5M")]
    [InlineData("aprox. 500")]
    [InlineData("N/A")]
    [InlineData("10e3")]
    [InlineData("cien")]
    public void Parse_ShorthandOrWords_IsNonNumericNotAGuess(string text) =>
        Assert.Equal(RejectionReason.NonNumericValue, AmountParser.Parse(text, DecimalSeparator.Comma).Error);

    [Theory]
    [InlineData("12.34,5")]
    [InlineData("1234.567,5")]
    [InlineData("1..234")]
    [InlineData("1.234,5,6")]
    [InlineData(".234,5")]
    public void Parse_ThousandsGroupsOutOfShape_IsNonNumeric(string text) =>
        Assert.Equal(RejectionReason.NonNumericValue, AmountParser.Parse(text, DecimalSeparator.Comma).Error);

    [Theory]
    [InlineData("2.500,75", DecimalSeparator.Point, DecimalSeparator.Comma)]
    [InlineData("S/ 1,5", DecimalSeparator.Comma, DecimalSeparator.Comma)]
    [InlineData("1.234", DecimalSeparator.Comma, DecimalSeparator.Ambiguous)]
    public void Parse_TextAmount_SaysWhatItsMarksSayOfTheColumn_ReadOrRefused(string text, DecimalSeparator column, DecimalSeparator evidence) =>
        Assert.Equal(evidence, AmountParser.Parse(text, column).Evidence);

    [Theory]
    [InlineData("1,234.56", DecimalSeparator.Comma)]
    [InlineData("12.50", DecimalSeparator.Comma)]
    [InlineData("1.234,56", DecimalSeparator.Point)]
    public void Parse_SeparatorsContradictTheColumn_IsAmbiguous(string text, DecimalSeparator separator) =>
        Assert.Equal(RejectionReason.AmbiguousAmount, AmountParser.Parse(text, separator).Error);

    [Fact]
    public void Parse_NumberCell_IsTakenAsIs() => Assert.Equal(12.5m, AmountParser.Parse(12.5, DecimalSeparator.Comma).Value);

    [Fact]
    public void Parse_DateCell_IsNonNumeric() =>
        Assert.Equal(RejectionReason.NonNumericValue, AmountParser.Parse(new DateTime(2025, 1, 1), DecimalSeparator.Comma).Error);

    [Theory]
    [InlineData("1.234,56", DecimalSeparator.Comma)]
    [InlineData("1,234.56", DecimalSeparator.Point)]
    [InlineData("3,5", DecimalSeparator.Comma)]
    [InlineData("12.50", DecimalSeparator.Point)]
    [InlineData("1.234.567", DecimalSeparator.Comma)]
    [InlineData("1,234,567", DecimalSeparator.Point)]
    [InlineData("1.234", DecimalSeparator.Ambiguous)]
    [InlineData("1,234", DecimalSeparator.Ambiguous)]
    [InlineData("500", DecimalSeparator.Ambiguous)]
    public void Evidence_Separators_SettleTheColumnOnlyWhenUnambiguous(string text, DecimalSeparator expected) =>
        Assert.Equal(expected, AmountParser.Evidence(text));
}
