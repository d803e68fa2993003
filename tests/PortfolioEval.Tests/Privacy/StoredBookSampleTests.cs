using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Books;
using PortfolioEval.Data;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Books;
using PortfolioEval.Tests.Books.Jobs;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Tests.Privacy;

/// <summary>The few clients "My data" shows of a book are read without decrypting the rest of it.</summary>
[Collection(SharedPortal.Name)]
public class StoredBookSampleTests(PortfolioFactory app)
{
    [Fact]
    public async Task FirstClients_AreTheBooksFirst_AndLeaveTheLaterChunksUnread()
    {
        var candidate = (await app.NewCandidateAsync()).Client;
        // Three thousand clients: their records take several 64 KiB chunks.
        using var imported = await candidate.ConfirmMappingAsync(await candidate.UploadBookAsync("grande.csv", JobSteps.Csv(3000)));
        var bookId = Guid.Parse(imported.Headers.Location!.OriginalString.Split('/')[^1]);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var books = scope.ServiceProvider.GetRequiredService<CandidateBooks>();
        var book = await db.ClientBooks.SingleAsync(b => b.Id == bookId);
        var all = await books.ClientsAsync(book, CancellationToken.None);

        // The last chunk is spoilt: the whole book no longer decrypts, its first clients still do.
        var content = await db.BookContents.SingleAsync(c => c.BookId == bookId && c.Kind == BookContentKind.Clients);
        var spoilt = content.Ciphertext.ToArray();
        spoilt[^1] ^= 0x01;
        db.Entry(content).Property(c => c.Ciphertext).CurrentValue = spoilt;
        await db.SaveChangesAsync();
        var first = await books.FirstClientsAsync(book, 3, CancellationToken.None);

        Assert.Equal(3000, all.Count);
        Assert.Equal(all.Take(3).Select(c => c.ClientPseudonym), first.Select(c => c.ClientPseudonym));
        await Assert.ThrowsAnyAsync<CryptographicException>(() => books.ClientsAsync(book, CancellationToken.None));
    }
}
