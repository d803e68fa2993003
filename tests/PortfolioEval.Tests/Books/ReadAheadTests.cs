using System.Globalization;
using System.Text;
using System.Text.Json;
using PortfolioEval.Books;
using PortfolioEval.Tests.Books.Support;

namespace PortfolioEval.Tests.Books;

/// <summary>The import's reading with the next rows read on a second thread while these are interpreted.</summary>
public class ReadAheadTests
{
    // Five batches and a part: clients over several rows, a rejected row and a warning in every batch, and dates that
    // only the last rows settle (day first), so the one pass reads the book a second time with its verdict.
    private static byte[] Book(int rows, int? oversizedAt = null)
    {
        var text = new StringBuilder("Cliente;Correo;Fecha último contacto;Monto;Rubro\n");
        for (var i = 0; i < rows; i++)
        {
            var amount = i % 997 == 5 ? "mucho" : string.Create(CultureInfo.InvariantCulture, $"{i}.250,5");
            var client = i == oversizedAt ? new string('x', 40_000) : $"Cliente {i % (rows / 3)}";
            var row = i % 1009 == 7 ? ";;;;\n" : $"{client};c{i}@x.pe;04/06/2026;{amount};Minería\n";
            text.Append(row);
        }

        text.Append("Tardío;t@x.pe;25/03/2026;1,5;Retail\nOtro;o@x.pe;26/03/2026;1;Retail\n");
        return [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static BookImportResult Read(byte[] book, Func<Action, Task?>? helper)
    {
        var options = TestBooks.Options("en-US");
        var inspection = TestBooks.Inspect(book, options);
        return BookReader.ReadStreamed(new MemoryStream(book), options, inspection.SuggestedMapping()!, inspection, helper: helper).ToResult();
    }

    private static Task? Thread(Action work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    [Fact]
    public void ReadStreamed_ReadingAheadWhenASecondThreadIsFree_GivesWhatOneThreadGives()
    {
        var book = Book((5 * ReadAhead.BatchSize) + 17);
        var asked = 0;
        // Free every other time, as under a varying load: both ways of getting the next batch alternate.
        Task? SometimesFree(Action work) => asked++ % 2 == 0 ? Thread(work) : null;

        var oneThread = Read(book, helper: null);
        var twoThreads = Read(book, SometimesFree);

        Assert.Equal(DateOrder.DayFirst, twoThreads.DateOrders[2]);
        Assert.NotEmpty(twoThreads.Rejections);
        Assert.Equal(
            (oneThread.RowsRead, oneThread.RowsRejected, oneThread.RowsAggregated, oneThread.RowsWithWarnings, oneThread.BlankRowsSkipped),
            (twoThreads.RowsRead, twoThreads.RowsRejected, twoThreads.RowsAggregated, twoThreads.RowsWithWarnings, twoThreads.BlankRowsSkipped));
        Assert.Equal(oneThread.Rejections, twoThreads.Rejections);
        Assert.Equal(JsonSerializer.Serialize(oneThread.Clients), JsonSerializer.Serialize(twoThreads.Clients));
        // Asked before each batch after the first, in each of the two passes.
        Assert.Equal(2 * 5, asked);
        twoThreads.AssertAccountsForEveryRow();
    }

    [Fact]
    public void ReadStreamed_ReadingAhead_RefusesAnOversizedCellWithItsRowAndColumn_AsOneThreadDoes()
    {
        var book = Book((4 * ReadAhead.BatchSize) + 17, oversizedAt: (3 * ReadAhead.BatchSize) + 100);

        var oneThread = Assert.Throws<BookReadException>(() => Read(book, helper: null));
        var twoThreads = Assert.Throws<BookReadException>(() => Read(book, Thread));

        Assert.Equal(BookError.CellTooLarge, twoThreads.Error);
        Assert.Equal((3 * ReadAhead.BatchSize) + 102, twoThreads.Row); // the header is row 1
        Assert.Equal((oneThread.Error, oneThread.Row, oneThread.Column), (twoThreads.Error, twoThreads.Row, twoThreads.Column));
    }

    [Fact]
    public void ReadStreamed_CancelledWhileReadingAhead_StopsWithTheSecondThreadEnded()
    {
        var book = Book((8 * ReadAhead.BatchSize) + 17);
        var options = TestBooks.Options("en-US");
        var inspection = TestBooks.Inspect(book, options);
        using var cancel = new CancellationTokenSource();
        var running = 0;
        var overlapped = false;
        Task? Counted(Action work) => Thread(() =>
        {
            overlapped |= Interlocked.Increment(ref running) > 1;
            try
            {
                work();
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        });
        var progress = new Progress(rows =>
        {
            if (rows >= 3 * ReadAhead.BatchSize)
                cancel.Cancel();
        });

        Assert.ThrowsAny<OperationCanceledException>(() =>
            BookReader.ReadStreamed(new MemoryStream(book), options, inspection.SuggestedMapping()!, inspection, progress, Counted, cancel.Token));

        Assert.False(overlapped);
        Assert.Equal(0, Volatile.Read(ref running));
    }

    // Synchronous, unlike System.Progress: it reports on the reading's own thread.
    private sealed class Progress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
