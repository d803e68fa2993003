using PortfolioEval.Books;
using PortfolioEval.Tests.Books.Support;

namespace PortfolioEval.Tests.Books;

/// <summary>How an import reads dates, amounts, currencies and counts across whole columns and clients.</summary>
public class ImportValueRulesTests
{
    [Fact]
    public void Read_OneDayAboveTwelveLaterInTheColumn_SettlesEveryRow()
    {
        var rows = string.Concat(Enumerable.Range(0, 20).Select(i => $"C{i};04/06/2026\n"));
        var result = TestBooks.Import(TestBooks.Csv($"Cliente;Fecha\n{rows}Z;25/03/2026\n"), TestBooks.Options("en-US"));

        Assert.Equal(new DateOnly(2026, 6, 4), result.Client("C0").LastContact);
        Assert.Equal(DateOrder.DayFirst, result.DateOrders[1]);
    }

    [Theory]
    [InlineData("es-PE", null, 6, 4)]
    [InlineData("en-US", null, 4, 6)]
    [InlineData("en-US", DateOrder.DayFirst, 6, 4)]
    public void Read_UnsettledDateColumn_FollowsTheBooksLocale(string culture, DateOrder? order, int month, int day)
    {
        var options = TestBooks.Options(culture) with { DateOrder = order };

        var result = TestBooks.Import(TestBooks.Csv("Cliente;Fecha\nA;04/06/2026\nB;01/02/2026\n"), options);

        Assert.Equal(new DateOnly(2026, month, day), result.Client("A").LastContact);
    }

    [Fact]
    public void Read_DateAgainstTheColumnsOrder_IsAConflict()
    {
        var result = TestBooks.Import(TestBooks.Csv("Cliente;Fecha\nA;25/03/2026\nB;26/03/2026\nC;03/27/2026\n"));

        Assert.Equal(RejectionReason.DateOrderConflict, Assert.Single(result.Rejections).Reason);
    }

    [Theory]
    [InlineData("es-ES", "1234")]
    [InlineData("en-US", "1.234")]
    public void Read_UnsettledAmountColumn_FollowsTheBooksLocale(string culture, string expected)
    {
        var result = TestBooks.Import(TestBooks.Csv("Cliente;Monto\nA;1.234\n"), TestBooks.Options(culture));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Client("A").Value);
    }

    [Fact]
    public void Read_MixedCurrencies_AreKeptPerCurrencyNeverSummed()
    {
        var result = TestBooks.Import(TestBooks.Csv("Cliente;Monto;Moneda\nA;100;PEN\nA;50;USD\nA;25;PEN\n"));

        var client = result.Client("A");
        Assert.Null(client.Value);
        Assert.Null(client.Currency);
        Assert.Equal([new CurrencyAmount("PEN", 125m), new CurrencyAmount("USD", 50m)], client.ValuesByCurrency);
    }

    [Theory]
    [InlineData("$ 100", "", "$")]
    [InlineData("$ 100", "MXN", "MXN")]
    [InlineData("S/ 100", "", "PEN")]
    [InlineData("100", "US$", "USD")]
    public void Read_Currency_ComesFromTheColumnOrTheAmountsSymbol(string amount, string column, string? expected)
    {
        var result = TestBooks.Import(TestBooks.Csv($"Cliente;Monto;Moneda\nA;{amount};{column}\n"));

        Assert.Equal((100m, expected), (result.Client("A").Value, result.Client("A").Currency));
    }

    [Theory]
    [InlineData("S/ 100", "USD", RejectionReason.CurrencyConflict)]
    [InlineData("100", "pesos oro", RejectionReason.UnknownCurrency)]
    public void Read_CurrencyThatCannotBeTrusted_IsRejected(string amount, string column, RejectionReason reason)
    {
        var result = TestBooks.Import(TestBooks.Csv($"Cliente;Monto;Moneda\nA;{amount};{column}\nB;1;PEN\n"));

        Assert.Equal(reason, Assert.Single(result.Rejections).Reason);
    }

    [Fact]
    public void Read_PurchaseCountColumn_IsSummedInsteadOfCountingRows()
    {
        var result = TestBooks.Import(TestBooks.Csv("Cliente;Compras\nA;3\nA;4\nB;\n"));

        Assert.Equal((7, 2), (result.Client("A").PurchaseCount, result.Client("A").RowCount));
        Assert.Equal(0, result.Client("B").PurchaseCount);
    }

    [Theory]
    [InlineData("2,5", RejectionReason.NotAWholeNumber)]
    [InlineData("-3", RejectionReason.NegativeValue)]
    [InlineData("muchas", RejectionReason.NonNumericValue)]
    public void Read_BadCount_IsRejected(string count, RejectionReason reason)
    {
        var result = TestBooks.Import(TestBooks.Csv($"Cliente;Compras;Monto\nA;{count};1.000,50\nB;2;3,5\n"));

        Assert.Equal(reason, Assert.Single(result.Rejections).Reason);
    }

    [Fact]
    public void Read_ReceivablesAndUpdates_TakeTheWorstDebtAndTheLatestUpdate()
    {
        var result = TestBooks.Import(TestBooks.Csv(
            "Cliente;Saldo;Días vencido;Última actualización\nA;100,50;10;01/03/2026\nA;50,00;45;15/02/2026\n"));

        var client = result.Client("A");
        Assert.Equal((150.50m, 45, new DateOnly(2026, 3, 1)), (client.OutstandingBalance, client.DaysOverdue, client.LastUpdate));
    }
}
