using PortfolioEval.Books;
using PortfolioEval.Tests.Books.Support;

namespace PortfolioEval.Tests.Books;

public class BookReaderTests
{
    [Fact]
    public void Read_TransactionalRows_AggregateByClient()
    {
        var book = TestBooks.Csv("""
            Cliente;Fecha;Monto;Producto
            Distribuidora Andina S.A.C.;04/03/2026;1.200,50;Cemento
            DISTRIBUIDORA ANDINA SAC;15/05/2026;800,00;Fierro
            Ferretería Lima;02/01/2026;300,00;Clavos
            """);

        var result = TestBooks.Import(book);

        result.AssertAccountsForEveryRow();
        Assert.Equal((3, 1), (result.RowsRead, result.RowsAggregated));
        var andina = result.Client("Distribuidora Andina S.A.C.");
        Assert.Equal((2000.50m, 2, 2), (andina.Value, andina.PurchaseCount, andina.RowCount));
        Assert.Equal((new DateOnly(2026, 5, 15), "Fierro"), (andina.LastContact, andina.Product));
    }

    [Fact]
    public void Read_TransactionalRows_KeepEachClientsFirstDateAndItsDistinctDates()
    {
        var book = TestBooks.Csv("""
            Cliente;Fecha;Monto
            Distribuidora Andina S.A.C.;15/05/2026;800,00
            Distribuidora Andina S.A.C.;04/03/2026;1.200,50
            Distribuidora Andina S.A.C.;15/05/2026;100,00
            Ferretería Lima;02/01/2026;300,00
            Bodega Sin Fecha;;50,00
            """);

        var result = TestBooks.Import(book);

        var andina = result.Client("Distribuidora Andina S.A.C.");
        Assert.Equal((new DateOnly(2026, 3, 4), new DateOnly(2026, 5, 15), 2, 3), (andina.FirstContact, andina.LastContact, andina.ContactDays, andina.PurchaseCount));
        var lima = result.Client("Ferretería Lima");
        Assert.Equal((new DateOnly(2026, 1, 2), 1), (lima.FirstContact, lima.ContactDays));
        var undated = result.Client("Bodega Sin Fecha");
        Assert.Equal(((DateOnly?)null, 0), (undated.FirstContact, undated.ContactDays));
    }

    [Fact]
    public void Read_BlankRows_BetweenDataAreSkippedAndTrailingOnesAreNotRows()
    {
        var result = TestBooks.Import(TestBooks.Csv("Cliente;Monto\nA;1\n\n;\nB;2\n\n\n\n"));

        Assert.Equal((4, 2, 0), (result.RowsRead, result.BlankRowsSkipped, result.RowsRejected));
        result.AssertAccountsForEveryRow();
    }

    [Fact]
    public void Read_MissingClient_IsRejectedWithTheClientColumn()
    {
        var result = TestBooks.Import(TestBooks.Csv("Cliente;Monto\nA;1\n ;250\n"));

        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((3, "Cliente", RejectionReason.MissingClient, (string?)null),
            (rejection.SheetRowNumber, rejection.ColumnHeader, rejection.Reason, rejection.Value));
    }

    [Fact]
    public void Read_InvalidEmail_RejectsTheRowWithoutEchoingTheAddress()
    {
        var result = TestBooks.Import(TestBooks.Csv("Cliente;Correo\nA;ana@andina.pe\nB;luis(at)condor\n"));

        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((RejectionReason.InvalidEmail, "Correo", (string?)null), (rejection.Reason, rejection.ColumnHeader, rejection.Value));
        Assert.Equal("ana@andina.pe", result.Client("A").Email);
    }

    [Fact]
    public void Read_DateOrAmountProblem_CarriesTheRawValue()
    {
        // A second, readable amount: a column with no number at all is not proposed as the deal value.
        var result = TestBooks.Import(TestBooks.Csv("Cliente;Fecha;Monto\nA;31/02/2026;USD 10k\nB;01/02/2026;1.000,50\n"), TestBooks.Options());

        Assert.Equal(
            [(RejectionReason.ImpossibleDate, "31/02/2026"), (RejectionReason.NonNumericValue, "USD 10k")],
            result.Rejections.Select(r => (r.Reason, r.Value)));
        Assert.Equal(1, result.RowsRejected);
    }

    [Theory]
    [InlineData(BookField.Client)]
    [InlineData(BookField.ContactPerson)]
    [InlineData(BookField.Email)]
    [InlineData(BookField.Phone)]
    [InlineData(BookField.TaxId)]
    [InlineData(BookField.Address)]
    [InlineData(BookField.Notes)]
    public void RowRejection_IdentifyingField_NeverHoldsTheValue(BookField field) =>
        Assert.Null(new RowRejection(2, "x", field, RejectionReason.InvalidEmail, "ana@andina.pe").Value);

    [Theory]
    [InlineData("Total")]
    [InlineData("TOTAL GENERAL")]
    [InlineData("Subtotal:")]
    public void Read_TotalsLine_IsRejectedAsNotAClient(string label)
    {
        var result = TestBooks.Import(TestBooks.Csv($"Cliente;Monto\nA;10\n{label};10\n"));

        Assert.Equal(RejectionReason.TotalsRow, Assert.Single(result.Rejections).Reason);
    }

    [Fact]
    public void Read_NotesColumn_IsReadButNotKept()
    {
        var result = TestBooks.Import(TestBooks.Csv("Cliente;Notas\nA;debe dinero al socio\n"));

        Assert.Single(result.Clients);
        Assert.DoesNotContain(typeof(ImportedClient).GetProperties(), p => p.Name.Contains("Note", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Progress_IsReportedWhileReading()
    {
        var rows = string.Concat(Enumerable.Range(0, 2500).Select(i => $"C{i};1\n"));
        var book = TestBooks.Csv("Cliente;Monto\n" + rows);
        var reports = new List<int>();
        var mapping = TestBooks.Inspect(book).SuggestedMapping()!;

        BookReader.Read(new MemoryStream(book), TestBooks.Options(), mapping, new SynchronousProgress(reports.Add));

        Assert.Equal([1000, 2000, 2500], reports);
    }

    [Fact]
    public void ColumnMapping_WithoutClientOrWithAFieldTwice_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new ColumnMapping(0, 1, new Dictionary<int, BookField> { [0] = BookField.Email }));
        Assert.Throws<ArgumentException>(() => new ColumnMapping(0, 1, new Dictionary<int, BookField>
        {
            [0] = BookField.Client, [1] = BookField.Email, [2] = BookField.Email,
        }));
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
