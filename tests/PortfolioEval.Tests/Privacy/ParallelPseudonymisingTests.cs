using PortfolioEval.Books;
using PortfolioEval.Privacy;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Privacy;

[Trait(NoDatabase.Trait, NoDatabase.None)]
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

    [Fact]
    public void WriteRecords_WithASecondThreadWhenFree_WritesTheBytesOfOneThreadAndMeasuresThem()
    {
        // Five batches and a part, all six pseudonyms written from their bits; the helper declines every other time,
        // as under load.
        var book = Book((5 * ClientRecordCodec.BatchSize) + 17);
        using var secret = CandidateSecret.New();
        var (clients, _) = Pseudonymise(book, secret, null);
        clients = [.. clients.Select((c, i) => c with
        {
            ContactPseudonym = Pseudonyms.Of(PseudonymKind.ContactPerson, $"Ana {i}", secret),
            TaxIdPseudonym = Pseudonyms.Of(PseudonymKind.TaxId, $"20{i:000000000}", secret),
            AddressPseudonym = Pseudonyms.Of(PseudonymKind.Address, $"Av. Arequipa {i}", secret),
        })];
        var asked = 0;
        Task? SometimesFree(Action work) => asked++ % 2 == 0
            ? Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            : null;
        using var oneThread = new MemoryStream();
        using var twoThreads = new MemoryStream();

        ClientRecordCodec.Write(clients, oneThread);
        ClientRecordCodec.Write(clients, twoThreads, SometimesFree);
        var measured = ClientRecordCodec.Length(clients, SometimesFree);

        Assert.Equal(oneThread.ToArray(), twoThreads.ToArray());
        Assert.Equal(oneThread.Length, measured);
        Assert.Equal(oneThread.Length, ClientRecordCodec.Length(clients, helper: null));
        Assert.Equal(4, asked); // three pairs of batches, then the halves of the measure
        twoThreads.Position = 0;
        Assert.Equal(clients.Select(c => (c.ClientPseudonym, c.ContactPseudonym, c.EmailPseudonym, c.PhonePseudonym, c.TaxIdPseudonym, c.AddressPseudonym)),
            ClientRecordCodec.Read(twoThreads).Select(c => (c.ClientPseudonym, c.ContactPseudonym, c.EmailPseudonym, c.PhonePseudonym, c.TaxIdPseudonym, c.AddressPseudonym)));
    }
}
