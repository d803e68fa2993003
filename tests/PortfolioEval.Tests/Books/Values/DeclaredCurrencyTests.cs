using PortfolioEval.Books;
using PortfolioEval.Tests.Books.Support;

namespace PortfolioEval.Tests.Books.Values;

/// <summary>Currencies are never guessed: "$" and unmarked amounts take what the candidate declared, or stay apart.</summary>
public class DeclaredCurrencyTests
{
    // Issue 14's book: "$ 1.234,56" and unmarked amounts in a Peruvian book.
    private static readonly byte[] DollarsAndUnmarked = TestBooks.Csv("Cliente;Monto\nA;$ 1.234,56\nB;500,00\nC;S/ 100,00\n");

    [Fact]
    public void Read_NothingDeclared_DollarSignAndUnmarkedStayApartAndNotStated()
    {
        var result = TestBooks.Import(DollarsAndUnmarked);

        Assert.Equal(CurrencyCodes.DollarSign, result.Client("A").Currency);
        Assert.Null(result.Client("B").Currency);
        Assert.Equal("PEN", result.Client("C").Currency);
    }

    [Fact]
    public void Read_DeclaredDollarSignAndBookCurrency_EachAmountTakesItsOwn()
    {
        var options = TestBooks.Options() with { DollarSignCurrency = "USD", BookCurrency = "PEN" };

        var result = TestBooks.Import(DollarsAndUnmarked, options);

        Assert.Equal((1234.56m, "USD"), (result.Client("A").Value, result.Client("A").Currency));
        Assert.Equal((500m, "PEN"), (result.Client("B").Value, result.Client("B").Currency));
        Assert.Equal((100m, "PEN"), (result.Client("C").Value, result.Client("C").Currency));
    }

    [Fact]
    public void Read_DollarsAndUnmarkedOnOneClient_AreKeptPerCurrencyNeverSummed()
    {
        var options = TestBooks.Options() with { DollarSignCurrency = "USD", BookCurrency = "PEN" };

        var result = TestBooks.Import(TestBooks.Csv("Cliente;Monto\nA;$ 1.000,00\nA;500,00\n"), options);

        var client = result.Client("A");
        Assert.Null(client.Value);
        Assert.Equal([new CurrencyAmount("USD", 1000m), new CurrencyAmount("PEN", 500m)], client.ValuesByCurrency);
    }

    [Theory]
    [InlineData("$ 100", "MXN", "MXN")]
    [InlineData("100", "USD", "USD")]
    [InlineData("100", "$", "CLP")]
    public void Read_CurrencyColumn_WinsOverTheDeclarations(string amount, string column, string expected)
    {
        var options = TestBooks.Options("es-CL") with { DollarSignCurrency = "CLP", BookCurrency = "CLP" };

        var result = TestBooks.Import(TestBooks.Csv($"Cliente;Monto;Moneda\nA;{amount};{column}\n"), options);

        Assert.Equal(expected, result.Client("A").Currency);
    }

    [Fact]
    public void Read_ValuelessRow_TakesNoCurrency()
    {
        var options = TestBooks.Options() with { BookCurrency = "PEN" };

        var result = TestBooks.Import(TestBooks.Csv("Cliente;Monto\nA;\n"), options);

        Assert.Equal((null, null), (result.Client("A").Value, result.Client("A").Currency));
    }
}
