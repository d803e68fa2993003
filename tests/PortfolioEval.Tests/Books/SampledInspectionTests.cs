using System.Globalization;
using System.Text;
using PortfolioEval.Books;
using PortfolioEval.Tests.Books.Support;

namespace PortfolioEval.Tests.Books;

/// <summary>
/// The upload's inspection profiles the first <see cref="BookInspector.ProfiledRows"/> data rows only; the import
/// still reads and settles every row, so what is imported is what a full inspection would have given.
/// </summary>
public class SampledInspectionTests
{
    private static readonly int Beyond = BookInspector.ProfiledRows + 1000;

    [Fact]
    public void Inspect_CsvLongerThanTheProfiledRows_CountsEveryRowItRead()
    {
        var text = new StringBuilder("Cliente;Monto\n");
        for (var i = 0; i < Beyond; i++)
            text.Append(CultureInfo.InvariantCulture, $"Cliente {i};{i}\n").Append(i == Beyond - 10 ? ";\n\n" : "");
        text.Append("\n;\n");

        var inspection = TestBooks.Inspect(TestBooks.Csv(text.ToString()));

        Assert.Equal(Beyond + 2, inspection.DataRows); // two blank rows between clients count; the trailing ones do not
        Assert.False(inspection.DataRowsEstimated);
    }

    [Fact]
    public void Inspect_XlsxDeclaringItsExtent_IsNotReadPastTheProfiledRows()
    {
        var declared = LongSheet(dimension: $"A1:B{Beyond + 501}");

        var inspection = TestBooks.Inspect(declared);

        Assert.Equal(Beyond + 500, inspection.DataRows);
        Assert.True(inspection.DataRowsEstimated);
        Assert.Equal([BookField.Client, BookField.DealValue], inspection.Columns.Select(c => c.SuggestedField));
    }

    [Fact]
    public void Inspect_XlsxWithoutADimension_EstimatesItsRowsFromItsSize()
    {
        var inspection = TestBooks.Inspect(LongSheet(dimension: null));

        Assert.InRange(inspection.DataRows, Beyond * 0.9, Beyond * 1.1);
        Assert.True(inspection.DataRowsEstimated);
    }

    [Fact]
    public void Inspect_XlsxOfFewerRowsThanProfiled_CountsThem()
    {
        var inspection = TestBooks.Inspect(new XlsxBuilder().Sheet("Clientes", s => s.Row("Cliente", "Monto").Row("Andina", 1.5).Row().Row("Cóndor", 2)).Build());

        Assert.Equal(3, inspection.DataRows);
        Assert.False(inspection.DataRowsEstimated);
    }

    [Fact]
    public void ReadStreamed_DateOrderSettledOnlyPastTheProfiledRows_ImportsWhatTwoPassesImport()
    {
        // 04/06 (either order) for every profiled row, then two day-first dates and one month-first: the whole column
        // says day first where the inspection's rows said nothing, and en-US would fall back to month first.
        var text = new StringBuilder("Cliente;Fecha último contacto;Monto\n");
        for (var i = 0; i < Beyond; i++)
            text.Append(CultureInfo.InvariantCulture, $"Cliente {i % 2000};04/06/2026;{i},5\n");
        text.Append("Tardío;25/03/2026;1,5\nOtro;26/03/2026;1\nRaro;03/27/2026;2\n");
        var book = TestBooks.Csv(text.ToString());
        var options = TestBooks.Options("en-US");
        var inspection = TestBooks.Inspect(book, options);
        var mapping = inspection.SuggestedMapping()!;

        var twoPasses = BookReader.Read(new MemoryStream(book), options, mapping);
        var streamed = BookReader.ReadStreamed(new MemoryStream(book), options, mapping, inspection).ToResult();

        Assert.NotEqual(DateOrder.DayFirst, inspection.Columns[1].DateOrder); // the profiled rows settled nothing
        Assert.Equal(DateOrder.DayFirst, streamed.DateOrders[1]);
        Assert.Equal(twoPasses.DateOrders, streamed.DateOrders);
        Assert.Equal((twoPasses.RowsRead, twoPasses.RowsRejected, twoPasses.RowsAggregated), (streamed.RowsRead, streamed.RowsRejected, streamed.RowsAggregated));
        Assert.Equal(twoPasses.Rejections, streamed.Rejections);
        Assert.Equal(twoPasses.Clients.Select(c => (c.NormalisedKey, c.LastContact, c.Value)), streamed.Clients.Select(c => (c.NormalisedKey, c.LastContact, c.Value)));
        streamed.AssertAccountsForEveryRow();
    }

    [Fact]
    public void ReadStreamed_DecimalMarkSettledOnlyPastTheProfiledRows_ImportsWhatTwoPassesImport()
    {
        // 1.234 (either mark) for every profiled row, then two point-decimal amounts, one comma-decimal, and two dates
        // typed into the amount column: the whole column says point, where es-ES falls back to comma. Counted as
        // amounts (12.03.2026 repeats its '.', as a comma-decimal number does), the dates would tip it to comma.
        var text = new StringBuilder("Cliente;Monto\n");
        for (var i = 0; i < Beyond; i++)
            text.Append(CultureInfo.InvariantCulture, $"Cliente {i % 2000};1.234\n");
        text.Append("Tardío;1,234.5\nOtro;2,000.25\nComa;2.500,75\nFecha;12.03.2026\nOtra fecha;13.03.2026\n");
        var book = TestBooks.Csv(text.ToString());
        var options = TestBooks.Options("es-ES");
        var inspection = TestBooks.Inspect(book, options);
        var mapping = inspection.SuggestedMapping()!;

        var twoPasses = BookReader.Read(new MemoryStream(book), options, mapping);
        var streamed = BookReader.ReadStreamed(new MemoryStream(book), options, mapping, inspection).ToResult();

        Assert.NotEqual(DecimalSeparator.Point, inspection.Columns[1].DecimalSeparator); // the profiled rows settled nothing
        Assert.Equal(1234.5m, streamed.Clients.Single(c => c.NormalisedKey == "tardio").Value);
        Assert.Equal((twoPasses.RowsRead, twoPasses.RowsRejected, twoPasses.RowsAggregated), (streamed.RowsRead, streamed.RowsRejected, streamed.RowsAggregated));
        Assert.Equal(twoPasses.Rejections, streamed.Rejections);
        Assert.Equal(twoPasses.Clients.Select(c => (c.NormalisedKey, c.Value)), streamed.Clients.Select(c => (c.NormalisedKey, c.Value)));
        streamed.AssertAccountsForEveryRow();
    }

    private static byte[] LongSheet(string? dimension) => new XlsxBuilder().Sheet("Clientes", s =>
    {
        s.Dimension = dimension;
        s.Row("Cliente", "Monto");
        for (var i = 0; i < Beyond; i++)
            s.Row($"Cliente {i}", 100.5 + i);
    }).Build();
}
