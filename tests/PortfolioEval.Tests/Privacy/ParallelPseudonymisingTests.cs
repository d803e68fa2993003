using PortfolioEval.Books;
using PortfolioEval.Privacy;

namespace PortfolioEval.Tests.Privacy;

public class ParallelPseudonymisingTests
{
    private static byte[] Book(int clients)
    {
        var text = new System.Text.StringBuilder("Cliente;Correo;Teléfono;Fecha último contacto;Monto\n");
        for (var i = 0; i < clients; i++)
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"Cliente {i};c{i % 500}@x.pe;9{i:00000000};0{1 + (i % 9)}/06/2026;{i},5\n");
        return [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static (List<PseudonymisedClient> Clients, ClientFigures Figures) Pseudonymise(byte[] book, CandidateSecret secret, Func<Action, Task?>? helper)
    {
        var options = PortfolioEval.Tests.Books.Support.TestBooks.Options("es-PE");
        var inspection = PortfolioEval.Tests.Books.Support.TestBooks.Inspect(book, options);
        var reading = PortfolioEval.Books.BookReader.ReadStreamed(new MemoryStream(book), options, inspection.SuggestedMapping()!, inspection);
        var figures = new ClientFigures();
        return (Pseudonymiser.PseudonymiseAll(reading, secret, figures, helper), figures);
    }

    [Fact]
    public void PseudonymiseAll_WithASecondThread_GivesTheClientsOfOneThreadInTheSameOrder()
    {
        // Three batches and a part: the last batch is not full.
        var book = Book((3 * Pseudonymiser.BatchSize) + 17);
        using var secret = CandidateSecret.New();
        var asked = 0;

        var (oneCore, oneFigures) = Pseudonymise(book, secret, null);
        var (allCores, allFigures) = Pseudonymise(book, secret, work =>
        {
            asked++;
            return Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        });

        Assert.Equal((3 * Pseudonymiser.BatchSize) + 17, allCores.Count);
        // Serialised: record equality compares the amounts' lists by reference.
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(oneCore), System.Text.Json.JsonSerializer.Serialize(allCores));
        Assert.Equal(4, asked);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(oneFigures), System.Text.Json.JsonSerializer.Serialize(allFigures));
    }
}
