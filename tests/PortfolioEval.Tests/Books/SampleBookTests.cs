using System.Globalization;
using PortfolioEval.Books;
using PortfolioEval.Tests.Books.Support;

using PortfolioEval.Testing;

namespace PortfolioEval.Tests.Books;

/// <summary>
/// The sample books committed under samples/ (made by tools/PortfolioEval.SampleBooks), read as a candidate would
/// read them: inspected, then imported with the suggested mapping. If a sample changes, these say whether it still
/// teaches what it is there for.
/// </summary>
public class SampleBookTests
{
    // SampleSet.AsOf in the generator: every date in the samples is on or before it, but for the planted future one.
    private static readonly DateOnly AsOf = new(2026, 11, 20);

    [Theory]
    [InlineData("cartera-es.xlsx", BookFormat.Xlsx, "es-PE", 60)]
    [InlineData("cartera-es.xls", BookFormat.Xls, "es-PE", 60)]
    [InlineData("crm-export-en.csv", BookFormat.Csv, "en-US", 80)]
    [InlineData("cartera-latin1.csv", BookFormat.Csv, "es-PE", 50)]
    [InlineData("demo-ana.xlsx", BookFormat.Xlsx, "es-PE", 45)]
    [InlineData("demo-bruno.csv", BookFormat.Csv, "es-PE", 70)]
    [InlineData("demo-carla.xlsx", BookFormat.Xlsx, "en-US", 55)]
    public void Import_OneRowPerClientSample_ImportsEveryRowAsAClient(string file, BookFormat format, string culture, int clients)
    {
        var (inspection, result) = Read(file, culture);

        Assert.Equal(format, inspection.Format);
        Assert.Equal((clients, 0, 0, 0), (result.RowsRead, result.RowsRejected, result.BlankRowsSkipped, result.RowsAggregated));
        Assert.Equal(clients, result.Clients.Count);
        result.AssertAccountsForEveryRow();
        Assert.All(result.Clients, c =>
        {
            Assert.NotNull(c.LastContact);
            Assert.InRange(c.LastContact.Value, AsOf.AddYears(-3), AsOf);
            Assert.True(c.Value > 0, c.ClientName);
            Assert.True(c.Currency is "PEN" or "USD", c.ClientName);
            Assert.NotNull(c.Email);
            Assert.NotNull(c.Sector);
        });
    }

    [Theory]
    [InlineData("cartera-es.xlsx")]
    [InlineData("cartera-es.xls")]
    public void Inspect_CarteraEs_FindsTheHeaderBelowTheMergedTitleAndSkipsTheHiddenSheet(string file)
    {
        var (inspection, _) = Read(file);

        Assert.Equal(["Cartera", "Resumen", "Listas"], inspection.Sheets.Select(s => s.Name));
        Assert.Equal([false, false, true], inspection.Sheets.Select(s => s.Hidden));
        Assert.Equal((0, 3), (inspection.SheetIndex, inspection.HeaderRow));
        Assert.Equal(15, inspection.Columns.Count);
        Assert.DoesNotContain(inspection.Columns, c => c.SuggestedField == BookField.Ignore);
    }

    [Fact]
    public void Inspect_CrmExport_ReadsAUtf8CommaFileWithPointDecimals()
    {
        var (inspection, result) = Read("crm-export-en.csv", "en-US");

        Assert.Equal((',', "utf-8"), (inspection.Delimiter, inspection.Encoding));
        Assert.Equal(DecimalSeparator.Point, Column(inspection, BookField.DealValue).DecimalSeparator);
        Assert.Contains(result.Clients, c => c.Value >= 1000); // "2,640.31" is two thousand, not two
    }

    [Fact]
    public void Import_Latin1Book_ReadsTitlesEncodingAndAmountsWithTheirSymbol()
    {
        var (inspection, result) = Read("cartera-latin1.csv");

        Assert.Equal((';', "windows-1252", 3), (inspection.Delimiter, inspection.Encoding, inspection.HeaderRow));
        Assert.Equal(DecimalSeparator.Comma, Column(inspection, BookField.DealValue).DecimalSeparator);
        Assert.Equal(DateOrder.DayFirst, Column(inspection, BookField.LastContactDate).DateOrder);
        Assert.Contains(result.Clients, c => c.ClientName.Contains('ñ', StringComparison.Ordinal) || c.ContactPerson!.Contains('Ñ', StringComparison.Ordinal));
        Assert.Contains(result.Clients, c => c.Value >= 1000 && c.Currency == "PEN");
    }

    [Fact]
    public void Import_TransactionalSales_AggregatesThreeHundredSalesIntoFortyClients()
    {
        var (_, result) = Read("ventas-transaccional.xlsx");

        Assert.Equal((300, 0, 0), (result.RowsRead, result.RowsRejected, result.BlankRowsSkipped));
        Assert.Equal((40, 260), (result.Clients.Count, result.RowsAggregated));
        result.AssertAccountsForEveryRow();
        Assert.Equal(300, result.Clients.Sum(c => c.PurchaseCount));
        // Key accounts buy most often: the busiest client has many sales, and every client at least one.
        Assert.True(result.Clients.Max(c => c.RowCount) >= 20);
    }

    [Fact]
    public void Import_ErrorBook_RejectsEachPlantedMistakeWithItsReason()
    {
        var (_, result) = Read("cartera-con-errores.csv");

        // The bad email of row 20 is in an optional column: that client is kept, its email left empty, with a warning.
        Assert.Equal((30, 1, 5, 0, 1), (result.RowsRead, result.BlankRowsSkipped, result.RowsRejected, result.RowsAggregated, result.RowsWithWarnings));
        Assert.Equal(24, result.Clients.Count);
        result.AssertAccountsForEveryRow();
        Assert.Equal(
            [
                (4, RejectionReason.ImpossibleDate, "31/02/2025", false),
                (8, RejectionReason.FutureDate, "15/03/2062", false),
                (12, RejectionReason.NonNumericValue, "USD 10k", false),
                (16, RejectionReason.MissingClient, (string?)null, false),
                (20, RejectionReason.InvalidEmail, null, true),
                (31, RejectionReason.TotalsRow, null, false),
            ],
            result.Rejections.Select(r => (r.SheetRowNumber, r.Reason, r.Value, r.Kept)));
    }

    [Fact]
    public void Import_DemoBooks_HaveTheProfilesTheirCandidatesShow()
    {
        var ana = Read("demo-ana.xlsx").Result.Clients;
        var bruno = Read("demo-bruno.csv").Result.Clients;
        var carla = Read("demo-carla.xlsx", "en-US").Result.Clients;

        // Ana: fresh and concentrated, in mining.
        Assert.All(ana, c => Assert.True(c.LastContact >= AsOf.AddDays(-90), c.ClientName));
        Assert.True(ana.Count(c => c.Sector!.StartsWith("Miner", StringComparison.OrdinalIgnoreCase)) > ana.Count / 2);
        Assert.True(TopShare(ana, 3) > 0.5m);
        // Bruno: stale, in retail.
        Assert.All(bruno, c => Assert.True(c.LastContact <= AsOf.AddDays(-150), c.ClientName));
        // Carla: software, value spread evenly.
        Assert.True(carla.Count(c => c.Sector is "Software" or "Technology" or "technolgy" or "IT services") > carla.Count / 3);
        Assert.True(TopShare(carla, 3) < 0.15m);
    }

    // Share of the book's value held by its largest clients, counting dollars at 3.75 soles.
    private static decimal TopShare(IReadOnlyList<ImportedClient> clients, int top)
    {
        var inSoles = clients.Select(c => c.Currency == "USD" ? c.Value!.Value * 3.75m : c.Value!.Value).OrderDescending().ToList();
        return inSoles.Take(top).Sum() / inSoles.Sum();
    }

    private static ColumnInfo Column(BookInspection inspection, BookField field) =>
        inspection.Columns.Single(c => c.SuggestedField == field);

    private static (BookInspection Inspection, BookImportResult Result) Read(string file, string culture = "es-PE")
    {
        var options = new BookReadOptions { AsOf = AsOf, Culture = CultureInfo.GetCultureInfo(culture) };
        var bytes = RepositoryFiles.ReadSample(file);
        var inspection = BookInspector.Inspect(new MemoryStream(bytes), options);
        var mapping = inspection.SuggestedMapping() ?? throw new InvalidOperationException($"{file}: no client column");
        return (inspection, BookReader.Read(new MemoryStream(bytes), options, mapping));
    }
}
