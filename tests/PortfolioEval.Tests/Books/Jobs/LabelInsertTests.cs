using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Data;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Tests.Books.Jobs;

/// <summary>Client labels written in bulk with the book: known clients keep their number, new ones follow on.</summary>
[Collection(SharedPortal.Books)]
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

    [Fact]
    public async Task BooksOfMoreClientsThanAStatementHolds_NumberEveryNewClientOnceAndNameIt()
    {
        // 250 clients (a full statement and part of one), then 450 rows: the 250 again, 200 new and 20 repeated rows.
        static byte[] Book(IEnumerable<int> clients) => System.Text.Encoding.UTF8.GetBytes(
            "Cliente;Monto\r\n" + string.Concat(clients.Select(i => $"Cliente {i:0000};{i}\r\n")));
        var client = (await app.NewCandidateAsync()).Client;
        (await client.ConfirmMappingAsync(await client.UploadBookAsync("enero.csv", Book(Enumerable.Range(0, 250))))).Dispose();
        using var second = await client.ConfirmMappingAsync(await client.UploadBookAsync("febrero.csv",
            Book(Enumerable.Range(0, 450).Concat(Enumerable.Range(300, 20)))));
        var bookId = Guid.Parse(second.Headers.Location!.OriginalString.Split('/')[^1]);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var candidate = (await db.ClientBooks.SingleAsync(b => b.Id == bookId)).CandidateId;
        var labels = await db.ClientLabels.Where(l => l.CandidateId == candidate).ToListAsync();

        Assert.Equal(Enumerable.Range(1, 450), labels.Select(l => l.Number).Order());
        Assert.Equal(450, labels.Select(l => l.ClientPseudonym).Distinct().Count());
        Assert.All(labels, l => Assert.NotNull(l.EncryptedName));
    }
}
