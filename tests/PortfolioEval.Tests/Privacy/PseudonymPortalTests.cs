using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Data;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Books;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Books;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Tests.Privacy;

/// <summary>Pseudonyms as the portal stores them: stable for one candidate, unlinkable across candidates.</summary>
[Collection(SharedPortal.Name)]
public class PseudonymPortalTests(PortfolioFactory app)
{
    private static byte[] Book(string clientSpelling) => System.Text.Encoding.UTF8.GetBytes(
        $"Cliente;Rubro;Monto\r\n{clientSpelling};Minería;100\r\nAgro Norte;Agroindustria;50\r\n");

    [Fact]
    public async Task SameCandidateTwice_SameClientGetsTheSamePseudonymAndLabel()
    {
        var client = (await app.NewCandidateAsync()).Client;
        var first = await ImportAsync(client, Book("ACME S.A.C."));
        var second = await ImportAsync(client, Book("Acme SAC"));

        var (firstClients, numbers) = await ClientsAsync(first);
        var (secondClients, _) = await ClientsAsync(second);

        Assert.Equal(firstClients.Order(StringComparer.Ordinal), secondClients.Order(StringComparer.Ordinal));
        Assert.Equal([1, 2], firstClients.Select(p => numbers[p]).Order());
    }

    [Fact]
    public async Task TwoCandidates_SameClientGetsUnrelatedPseudonyms()
    {
        var ana = await ImportAsync((await app.NewCandidateAsync()).Client, Book("ACME S.A.C."));
        var bruno = await ImportAsync((await app.NewCandidateAsync()).Client, Book("ACME S.A.C."));

        var (anaClients, _) = await ClientsAsync(ana);
        var (brunoClients, _) = await ClientsAsync(bruno);

        Assert.Empty(anaClients.Intersect(brunoClients, StringComparer.Ordinal));
    }

    private static async Task<Guid> ImportAsync(HttpClient client, byte[] book)
    {
        using var imported = await client.ConfirmMappingAsync(await client.UploadBookAsync("cartera.csv", book));
        return Guid.Parse(imported.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    private async Task<(IReadOnlyList<string> Pseudonyms, IReadOnlyDictionary<string, int> Numbers)> ClientsAsync(Guid bookId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var book = await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().ClientBooks.SingleAsync(b => b.Id == bookId);
        var clients = await scope.ServiceProvider.GetRequiredService<CandidateBooks>().ClientsAsync(book, CancellationToken.None);
        var numbers = await scope.ServiceProvider.GetRequiredService<ClientLabels>().NumbersAsync(book.CandidateId, CancellationToken.None);
        return ([.. clients.Select(c => c.ClientPseudonym)], numbers);
    }
}
