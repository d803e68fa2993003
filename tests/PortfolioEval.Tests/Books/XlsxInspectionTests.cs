using PortfolioEval.Books;
using PortfolioEval.Tests.Books.Support;

namespace PortfolioEval.Tests.Books;

public class XlsxInspectionTests
{
    private static byte[] TwoSheetBook(bool clientsHidden = false) => new XlsxBuilder()
        .Sheet("Resumen", s => s.Row("Total ventas", 1200).Row("Mes", "Junio"))
        .Sheet("Clientes", s => s
            .Row("Cartera de clientes - Junio 2026").Merge("A1:D1")
            .Row()
            .Row("Razón Social", "RUBRO", "Fecha Último Contacto", "Monto")
            .Row("Andina SAC", "Construcción", new DateOnly(2026, 5, 4), 1200.5)
            .Row("Cóndor SRL", "Agro", new DateOnly(2026, 6, 1), 300), hidden: clientsHidden)
        .Build();

    [Fact]
    public void Inspect_SeveralSheets_ChoosesTheMostRecognisable()
    {
        var inspection = TestBooks.Inspect(TwoSheetBook());

        Assert.Equal(BookFormat.Xlsx, inspection.Format);
        Assert.Equal(["Resumen", "Clientes"], inspection.Sheets.Select(s => s.Name));
        Assert.Equal(1, inspection.SheetIndex);
        Assert.Equal(4, inspection.Sheets[1].RecognisedColumns);
    }

    [Fact]
    public void Inspect_MergedTitleAndBlankRow_HeaderIsTheThirdRow()
    {
        var inspection = TestBooks.Inspect(TwoSheetBook());

        Assert.Equal(3, inspection.HeaderRow);
        Assert.Equal(
            [BookField.Client, BookField.Sector, BookField.LastContactDate, BookField.DealValue],
            inspection.Columns.Select(c => c.SuggestedField));
        Assert.Equal(4, inspection.Preview[0].SheetRowNumber);
        Assert.Equal(["Andina SAC", "Construcción", "2026-05-04", "1200.5"], inspection.Preview[0].Cells);
    }

    [Fact]
    public void Inspect_HiddenSheet_IsSkippedUnlessChosen()
    {
        var book = TwoSheetBook(clientsHidden: true);

        var automatic = TestBooks.Inspect(book, TestBooks.Options() with { });
        var chosen = TestBooks.Inspect(book, TestBooks.Options() with { SheetName = "clientes" });

        Assert.True(automatic.Sheets[1].Hidden);
        Assert.Equal(0, automatic.SheetIndex);
        Assert.Equal(1, chosen.SheetIndex);
    }

    [Fact]
    public void Import_RowNumbers_AreTheSheetsOwn()
    {
        var book = new XlsxBuilder().Sheet("Hoja1", s => s
            .Row("Cartera").Row("Cliente", "Fecha").Row("A", "31/02/2026").RowAt(7, "B", "01/02/2026")).Build();

        var result = TestBooks.Import(book);

        Assert.Equal(3, Assert.Single(result.Rejections).SheetRowNumber);
        Assert.Equal(3, result.BlankRowsSkipped);
        result.AssertAccountsForEveryRow();
    }

    [Fact]
    public void Inspect_TrailingEmptyColumns_AreDropped()
    {
        var book = new XlsxBuilder().Sheet("Hoja1", s => s
            .Row("Cliente", "Monto", "", " ", null, "")
            .Row("A", 10, "", null, "  ")).Build();

        Assert.Equal(2, TestBooks.Inspect(book).Columns.Count);
    }

    [Fact]
    public void Inspect_SheetClaiming16384Columns_IsTrimmedToItsData()
    {
        var book = new XlsxBuilder().Sheet("Hoja1", s =>
        {
            s.Dimension = "A1:XFD1048576";
            s.Row("Cliente", "Monto").Row("A", 10);
            s.RawRows = """<row r="3"><c r="A3" t="inlineStr"><is><t>B</t></is></c><c r="XFD3" t="inlineStr"><is><t></t></is></c></row>""";
        }).Build();

        var inspection = TestBooks.Inspect(book);

        Assert.Equal(2, inspection.Columns.Count);
        Assert.Equal(2, inspection.DataRows);
    }

    [Fact]
    public void Inspect_ValuesWithoutKnownHeaders_SuggestEmailDateAndAmount()
    {
        var book = new XlsxBuilder { InlineStrings = true }.Sheet("Hoja1", s => s
            .Row("Cliente", "Dato 1", "Dato 2", "Dato 3")
            .Row("A", "a@a.pe", new DateOnly(2026, 1, 2), "S/ 1.200,00")
            .Row("B", "b@b.pe", new DateOnly(2026, 2, 3), "S/ 300,50")).Build();

        var columns = TestBooks.Inspect(book).Columns;

        Assert.Equal((BookField.Email, SuggestionReason.ValuesLookLikeEmails), (columns[1].SuggestedField, columns[1].Reason));
        Assert.Equal((BookField.LastContactDate, SuggestionReason.ValuesLookLikeDates), (columns[2].SuggestedField, columns[2].Reason));
        Assert.Equal((BookField.DealValue, SuggestionReason.ValuesLookLikeAmounts), (columns[3].SuggestedField, columns[3].Reason));
        Assert.Equal(DecimalSeparator.Comma, columns[3].DecimalSeparator);
    }

    [Fact]
    public void Inspect_TextDateColumn_ReportsItsSettledOrder()
    {
        var book = new XlsxBuilder().Sheet("Hoja1", s => s
            .Row("Cliente", "Fecha", "Actualizado")
            .Row("A", "04/06/2026", "06/04/2026")
            .Row("B", "25/03/2026", "06/04/2026")).Build();

        var columns = TestBooks.Inspect(book).Columns;

        Assert.Equal(DateOrder.DayFirst, columns[1].DateOrder);
        Assert.Equal(DateOrder.Ambiguous, columns[2].DateOrder);
    }

    [Fact]
    public void Import_DateCellsAndSerialNumbers_AreBothRead()
    {
        var book = new XlsxBuilder().Sheet("Hoja1", s => s
            .Row("Cliente", "Fecha último contacto")
            .Row("A", new DateOnly(2026, 3, 4))
            .Row("B", 46000)).Build();

        var result = TestBooks.Import(book);

        Assert.Equal(new DateOnly(2026, 3, 4), result.Client("A").LastContact);
        Assert.Equal(new DateOnly(2025, 12, 9), result.Client("B").LastContact);
    }

    [Fact]
    public void Import_MillionEmptyRows_EndsTheSheetQuickly()
    {
        var book = new XlsxBuilder().Sheet("Hoja1", s =>
        {
            s.Row("Cliente", "Monto").Row("A", 10);
            s.RawRows = """<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>Z</t></is></c></row>""";
        }).Build();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = TestBooks.Import(book);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.True(result.StoppedAtBlankRun);
        Assert.Equal(1, result.RowsRead);
    }
}
