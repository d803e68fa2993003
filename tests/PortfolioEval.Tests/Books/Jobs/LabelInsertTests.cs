using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Data;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Tests.Books.Jobs;

/// <summary>Client labels written in bulk with the book: known clients keep their number, new ones follow on.</summary>
[Collection(SharedPortal.Name)]
public class LabelInsertTests(PortfolioFactory app)
{
    [Fact]
    public async Task SecondBook_KeepsKnownNumbers_NumbersNewClientsOnFromTheLast_AndStoresIdsAsEfDoes()
    {
        var client = (await app.NewCandidateAsync()).Client;
        (await client.ConfirmMappingAsync(await client.UploadBookAsync("enero.csv", "Cliente;Monto\r\nAndina;1\r\nCóndor;2\r\nAndina;3\r\n"u8.ToArray()))).Dispose();
        using var second = await client.ConfirmMappingAsync(await client.UploadBookAsync("febrero.csv", "Cliente;Monto\r\nPuma;1\r\nANDINA S.A.C.;2\r\nVicuña;3\r\n"u8.ToArray()));
        var bookId = Guid.Parse(second.Headers.Location!.OriginalString.Split('/')[^1]);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var candidate = (await db.ClientBooks.SingleAsync(b => b.Id == bookId)).CandidateId;
        var labels = await db.ClientLabels.Where(l => l.CandidateId == candidate).ToListAsync();

        Assert.Equal([1, 2, 3, 4], labels.Select(l => l.Number).Order());
        Assert.Equal(4, labels.Select(l => l.ClientPseudonym).Distinct().Count());
        // Read back through EF by id: the bulk insert wrote ids the way EF reads them.
        Assert.All(labels, l => Assert.NotEqual(Guid.Empty, l.Id));
        var last = labels.MaxBy(l => l.Number)!.Id;
        Assert.NotNull(await db.ClientLabels.SingleOrDefaultAsync(l => l.Id == last));
    }
}
