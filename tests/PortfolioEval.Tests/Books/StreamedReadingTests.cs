using System.Globalization;
using PortfolioEval.Books;
using PortfolioEval.Tests.Books.Support;

namespace PortfolioEval.Tests.Books;

/// <summary>The import's reading as the portal runs it: one pass with the kept inspection, clients taken one at a time.</summary>
public class StreamedReadingTests
{
    // 04/06 rows first, then rows only a day-first reading can take, and a conflict: the whole column must be seen.
    private static byte[] LateSettledBook(int rows)
    {
        var text = new System.Text.StringBuilder("Cliente;Fecha último contacto;Monto;Rubro\n");
        for (var i = 0; i < rows; i++)
            text.Append(CultureInfo.InvariantCulture, $"Cliente {i % (rows / 3)};04/06/2026;{i}.250,5;Minería\n");
        text.Append("Tardío;25/03/2026;1,5;Retail\nOtro;26/03/2026;1;Retail\nRaro;03/27/2026;2;Retail\n");
        // With a byte-order mark, as Excel saves it: no scan of the bytes for their encoding, only the reading passes.
        return [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text.ToString())];
    }

    [Fact]
    public void ReadStreamed_WithTheInspection_GivesWhatTwoPassesGive()
    {
        var book = LateSettledBook(3_000);
        var options = TestBooks.Options("en-US");
        var inspection = TestBooks.Inspect(book, options);
        var mapping = inspection.SuggestedMapping()!;

        var twoPasses = BookReader.Read(new MemoryStream(book), options, mapping);
        var onePass = BookReader.ReadStreamed(new MemoryStream(book), options, mapping, inspection).ToResult();

        Assert.Equal(DateOrder.DayFirst, onePass.DateOrders[1]);
        Assert.Contains(onePass.Rejections, r => r.Reason == RejectionReason.DateOrderConflict);
        Assert.Equal(twoPasses.DateOrders, onePass.DateOrders);
        Assert.Equal((twoPasses.RowsRead, twoPasses.RowsRejected, twoPasses.RowsAggregated), (onePass.RowsRead, onePass.RowsRejected, onePass.RowsAggregated));
        Assert.Equal(twoPasses.Rejections, onePass.Rejections);
        Assert.Equal(twoPasses.Clients.Select(Describe), onePass.Clients.Select(Describe));
        onePass.AssertAccountsForEveryRow();
    }

    [Fact]
    public void ReadStreamed_WithTheInspection_ReadsTheFileOnce_WithoutItTwice()
    {
        var book = LateSettledBook(20_000);
        var options = TestBooks.Options();
        var inspection = TestBooks.Inspect(book, options);
        var mapping = inspection.SuggestedMapping()!;
        var once = new CountingStream(book);
        var twice = new CountingStream(book);

        BookReader.ReadStreamed(once, options, mapping, inspection);
        BookReader.ReadStreamed(twice, options, mapping, settled: null);

        Assert.InRange(once.BytesRead, book.Length, book.Length * 1.3);
        Assert.InRange(twice.BytesRead, book.Length * 2.0, book.Length * 2.3);
    }

    [Fact]
    public void ReadStreamed_InspectionOfAnotherHeaderRow_ReadsTwiceAndStillSettlesTheColumns()
    {
        var book = LateSettledBook(300);
        var options = TestBooks.Options("en-US");
        var inspection = TestBooks.Inspect(book, options);
        var mapping = new ColumnMapping(0, 2, inspection.SuggestedMapping()!.Fields);

        var reading = BookReader.ReadStreamed(new MemoryStream(book), options, mapping, inspection);

        Assert.Equal(DateOrder.DayFirst, reading.DateOrders[1]);
        Assert.Equal(302, reading.RowsRead);
    }

    [Fact]
    public void TakeClients_GivesEachClientOnce_ThenNoMore()
    {
        var book = TestBooks.Csv("Cliente;Monto\nAndina;1\nCóndor;2\nANDINA;3\n");
        var inspection = TestBooks.Inspect(book);
        var reading = BookReader.ReadStreamed(new MemoryStream(book), TestBooks.Options(), inspection.SuggestedMapping()!, inspection);

        var clients = reading.TakeClients().ToList();

        Assert.Equal(2, reading.Clients);
        Assert.Equal([4m, 2m], clients.Select(c => c.Value!.Value));
        Assert.Throws<InvalidOperationException>(() => reading.TakeClients().ToList());
    }

    [Fact]
    public void ClientFigures_AddedClientByClient_MatchTheBookOfTheWholeList()
    {
        var result = TestBooks.Import(TestBooks.Csv("Cliente;Monto;Fecha último contacto;Rubro\nA;S/ 10;01/02/2026;Minería\nB;USD 5;03/04/2026;\nC;S/ 7;;Retail\nA;USD 1;05/05/2026;Minería\n"));

        var figures = ClientFigures.Of(result.Clients);

        Assert.Equal([("PEN", 17m, 2), ("USD", 6m, 2)], figures.Totals.Select(t => (t.Currency, t.Amount, t.Clients)));
        Assert.Equal(new DateOnly(2026, 4, 3), figures.EarliestLastContact);
        Assert.Equal(new DateOnly(2026, 5, 5), figures.LatestLastContact);
        Assert.Equal(2, figures.Coverage.Single(c => c.Field == BookField.Sector).Clients);
    }

    private static string Describe(ImportedClient c) =>
        string.Join('|', c.NormalisedKey, c.LastContact, c.Sector, string.Join(',', c.ValuesByCurrency.Select(v => $"{v.Currency}:{v.Amount}")), c.RowCount);

    private sealed class CountingStream(byte[] content) : MemoryStream(content, writable: false)
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Counted(base.Read(buffer, offset, count));


        private int Counted(int read)
        {
            BytesRead += read;
            return read;
        }
    }
}
