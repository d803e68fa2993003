using PortfolioEval.Books;
using PortfolioEval.Tests.Books.Support;

namespace PortfolioEval.Tests.Books.Values;

/// <summary>Books of sales lines: a line's value from quantity, unit price and discount, and stages that say what is a sale.</summary>
public class SalesLineTests
{
    [Fact]
    public void Read_QuantityAndUnitPriceWithoutALineTotal_ValueIsTheirProduct()
    {
        var result = TestBooks.Import(TestBooks.Csv("Cliente;Cantidad;Precio unitario\nA;3;1.250,50\nA;2;10,00\nB;1;99,90\n"));

        Assert.Equal(3 * 1250.50m + 20m, result.Client("A").Value);
        Assert.Equal(99.90m, result.Client("B").Value);
        result.AssertAccountsForEveryRow();
    }

    [Theory]
    [InlineData("100", 900)]
    [InlineData("-100", 900)]
    [InlineData("10%", 900)]
    [InlineData("12,5 %", 875)]
    [InlineData("", 1000)]
    public void Read_Discount_IsTakenOffTheLine(string discount, int expected)
    {
        var result = TestBooks.Import(TestBooks.Csv($"Client;Quantity;Unit price;Discount\nA;4;250;{discount}\n"), TestBooks.Options("es-ES"));

        Assert.Equal(expected, result.Client("A").Value);
    }

    [Fact]
    public void Read_LineTotalAndUnitPrice_TheLineTotalWins()
    {
        var result = TestBooks.Import(TestBooks.Csv("Cliente;Cantidad;Precio unitario;Monto\nA;3;100;250\n"));

        Assert.Equal(250m, result.Client("A").Value);
    }

    [Fact]
    public void Read_UnitPriceWithoutQuantity_GivesNoValueRatherThanAGuess()
    {
        var result = TestBooks.Import(TestBooks.Csv("Cliente;Cantidad;Precio unitario\nA;;100\nB;2;100\n"));

        Assert.Null(result.Client("A").Value);
        Assert.Equal(200m, result.Client("B").Value);
    }

    [Fact]
    public void Read_UnitPriceMarkedWithACurrency_TheLineTakesIt()
    {
        var result = TestBooks.Import(TestBooks.Csv("Cliente;Cantidad;Precio unitario\nA;2;S/ 50,00\n"));

        Assert.Equal((100m, "PEN"), (result.Client("A").Value, result.Client("A").Currency));
    }

    [Fact]
    public void Read_QuantityThatIsNoNumber_RejectsTheLineNamingTheColumn()
    {
        var result = TestBooks.Import(TestBooks.Csv("Cliente;Cantidad;Precio unitario\nA;tres;50\nB;1;50\n"));

        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((2, "Cantidad", BookField.Quantity, RejectionReason.NonNumericValue), (rejection.SheetRowNumber, rejection.ColumnHeader, rejection.Field, rejection.Reason));
    }

    [Fact]
    public void Read_StagesInSpanish_WonAreSalesOpenIsPipelineLostIsCounted()
    {
        var csv = "Cliente;Etapa;Monto;Fecha\n"
                  + "A;Ganada;1000;10/06/2026\n"
                  + "A;Cerrada ganada;500;12/06/2026\n"
                  + "A;Perdida;9000;14/06/2026\n"
                  + "B;En negociación;2000;15/06/2026\n"
                  + "C;Abierta;300;15/06/2026\n"
                  + "C;Perdido;100;01/06/2026\n";

        var result = TestBooks.Import(TestBooks.Csv(csv));

        var client = Assert.Single(result.Clients);
        Assert.Equal(("A", 1500m, new DateOnly(2026, 6, 12)), (client.ClientName, client.Value, client.LastContact));
        Assert.Equal((2, 2), (result.RowsOpen, result.RowsLost));
        Assert.Equal([new CurrencyAmount(null, 2300m)], result.Pipeline);
        result.AssertAccountsForEveryRow();
    }

    [Theory]
    [InlineData("Closed Won", SalesStage.Won)]
    [InlineData("won", SalesStage.Won)]
    [InlineData("Closed Lost", SalesStage.Lost)]
    [InlineData("Engaging", SalesStage.Open)]
    [InlineData("Prospecting", SalesStage.Open)]
    [InlineData("GANADO", SalesStage.Won)]
    [InlineData("en negociacion", SalesStage.Open)]
    [InlineData("Cancelado", SalesStage.Lost)]
    [InlineData("Needs Analysis", SalesStage.Open)]
    [InlineData("Appointment Scheduled", SalesStage.Open)]
    [InlineData("closedwon", SalesStage.Won)]
    public void Recognise_StagesCrmsExport_InSpanishAndEnglish(string text, SalesStage expected)
    {
        Assert.True(SalesStages.TryRecognise(text, out var stage));
        Assert.Equal(expected, stage);
    }

    [Fact]
    public void Read_StageNobodyKnows_IsRejectedNotGuessed()
    {
        var result = TestBooks.Import(TestBooks.Csv("Client;Stage;Amount\nA;Maybe;100\nB;Won;100\n"), TestBooks.Options("en-US"));

        Assert.Equal((RejectionReason.UnknownStage, "Maybe"), (Assert.Single(result.Rejections).Reason, result.Rejections[0].Value));
        Assert.Equal("B", Assert.Single(result.Clients).ClientName);
    }

    [Fact]
    public void Read_NoStageColumn_EveryLineIsASale()
    {
        var result = TestBooks.Import(TestBooks.Csv("Cliente;Monto\nA;100\nB;200\n"));

        Assert.Equal((0, 0, 2), (result.RowsOpen, result.RowsLost, result.Clients.Count));
    }
}
