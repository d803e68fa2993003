using PortfolioEval.Books;
using PortfolioEval.Tests.Books.Support;

namespace PortfolioEval.Tests.Books;

/// <summary>Books as people really have them, committed under Fixtures/ (see Fixtures/README.md for how each was made).</summary>
public class FixtureTests
{
    [Theory]
    [InlineData("cartera-libreoffice.xls", BookFormat.Xls)]
    [InlineData("cartera-libreoffice.xlsx", BookFormat.Xlsx)]
    public void Import_LibreOfficeWorkbookWithSeveralSheets_ReadsTheClientSheet(string file, BookFormat format)
    {
        var book = Fixtures.Read(file);

        var inspection = TestBooks.Inspect(book);
        var result = TestBooks.Import(book);

        Assert.Equal(format, inspection.Format);
        Assert.Equal(["Instrucciones", "Cartera", "Borrador"], inspection.Sheets.Select(s => s.Name));
        Assert.True(inspection.Sheets[2].Hidden);
        Assert.Equal((1, 3), (inspection.SheetIndex, inspection.HeaderRow));
        Assert.Equal((5, 1, 1, 1), (result.RowsRead, result.BlankRowsSkipped, result.RowsRejected, result.RowsAggregated));
        result.AssertAccountsForEveryRow();
        var nandu = result.Client("Compañía Minera Ñandú S.A.");
        Assert.Equal((16400.5m, "PEN", 2), (nandu.Value, nandu.Currency, nandu.RowCount));
        Assert.Equal(new DateOnly(2026, 6, 2), nandu.LastContact);
        Assert.Equal("Correo", nandu.ContactType);
        Assert.Equal("20100070970", nandu.TaxId);
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((8, "Fecha último contacto", RejectionReason.ImpossibleDate, "31/02/2026"),
            (rejection.SheetRowNumber, rejection.ColumnHeader, rejection.Reason, rejection.Value));
    }

    [Fact]
    public void Import_CrmExport_ReadsEnglishHeadersQuotedFieldsAndMonthFirstDates()
    {
        var book = Fixtures.Read("crm-export.csv");
        var options = TestBooks.Options("en-US");

        var inspection = TestBooks.Inspect(book, options);
        var result = TestBooks.Import(book, options);

        Assert.Equal((',', "utf-8"), (inspection.Delimiter, inspection.Encoding));
        Assert.Equal(
            [BookField.Client, BookField.ContactPerson, BookField.Email, BookField.Phone, BookField.Sector,
             BookField.LastContactDate, BookField.DealValue, BookField.Currency, BookField.Notes],
            inspection.Columns.Select(c => c.SuggestedField));
        Assert.Equal(DateOrder.MonthFirst, inspection.Columns[5].DateOrder);
        // Fabrikam's bounced email is an optional field: the client is kept without it, and a warning says so.
        Assert.Equal((6, 2, 0, 1), (result.RowsRead, result.RowsRejected, result.RowsAggregated, result.RowsWithWarnings));
        result.AssertAccountsForEveryRow();
        Assert.Equal(["Northwind Traders, Inc.", "Contoso Ltd", "Fabrikam Inc", "Adventure Works"], result.Clients.Select(c => c.ClientName));
        Assert.Null(result.Clients[2].Email);
        Assert.Equal((12500m, "USD", new DateOnly(2026, 3, 14)), (result.Clients[0].Value, result.Clients[0].Currency, result.Clients[0].LastContact));
        // "$" alone, and nobody said which dollar or peso: kept as "$", apart from every other total.
        Assert.Equal((950m, "$", new DateOnly(2026, 6, 1)), (result.Clients[3].Value, result.Clients[3].Currency, result.Clients[3].LastContact));
        Assert.Equal(
            [(4, RejectionReason.InvalidEmail, (string?)null), (6, RejectionReason.MissingClient, null), (7, RejectionReason.FutureDate, "07/15/2026")],
            result.Rejections.Select(r => (r.SheetRowNumber, r.Reason, r.Value)));
    }

    [Fact]
    public void Import_Latin1SemicolonBookWithTitles_ReadsCommaDecimalsAndRejectsWhatItCannotRead()
    {
        var book = Fixtures.Read("cartera-latin1.csv");

        var inspection = TestBooks.Inspect(book);
        var result = TestBooks.Import(book);

        Assert.Equal((';', "windows-1252", 4), (inspection.Delimiter, inspection.Encoding, inspection.HeaderRow));
        Assert.Equal(DecimalSeparator.Comma, inspection.Columns[4].DecimalSeparator);
        Assert.Equal((7, 1, 3), (result.RowsRead, result.BlankRowsSkipped, result.RowsRejected));
        result.AssertAccountsForEveryRow();
        var panaderia = result.Client("Panadería San José");
        Assert.Equal((3518.20m, "PEN", 1200.00m), (panaderia.Value, panaderia.Currency, panaderia.OutstandingBalance));
        Assert.Equal(new DateOnly(2026, 4, 15), panaderia.LastContact);
        Assert.Equal(-1200.00m, result.Client("Farmacia Señor de Luren").Value);
        Assert.Equal(
            [(8, RejectionReason.ImpossibleDate, "31/04/2026"), (9, RejectionReason.NonNumericValue, "10 mil"), (11, RejectionReason.TotalsRow, null)],
            result.Rejections.Select(r => (r.SheetRowNumber, r.Reason, r.Value)));
    }

    [Fact]
    public void Import_TransactionalSalesExport_AggregatesRowsPerClient()
    {
        var result = TestBooks.Import(Fixtures.Read("ventas-transaccional.csv"));

        Assert.Equal((7, 3, 4), (result.RowsRead, result.Clients.Count, result.RowsAggregated));
        result.AssertAccountsForEveryRow();
        var minera = result.Client("Minera Los Andes S.A.");
        Assert.Equal((5170.00m, "PEN", 4, 4), (minera.Value, minera.Currency, minera.PurchaseCount, minera.RowCount));
        Assert.Equal((new DateOnly(2026, 6, 12), "Lentes"), (minera.LastContact, minera.Product));
        var pacifico = result.Client("Constructora Pacífico S.A.C.");
        Assert.Null(pacifico.Value);
        Assert.Equal([new CurrencyAmount("USD", 1900.00m), new CurrencyAmount("PEN", 570.00m)], pacifico.ValuesByCurrency);
    }

    [Fact]
    public void Fixtures_AreSmall() =>
        Assert.All(Directory.GetFiles(Path.GetDirectoryName(FixturePath())!), f => Assert.True(new FileInfo(f).Length < 16 * 1024, f));

    private static string FixturePath([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Fixtures", "crm-export.csv");
}
