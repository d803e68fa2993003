using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Data;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Books;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Books;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Tests.Privacy;

public class KeyRotationTests
{
    [Fact]
    public async Task BookWrittenUnderKeyOne_ReadsBackAfterThreeRotationsAndARestart()
    {
        string dataPath;
        Guid bookId;
        using (var first = new PortfolioFactory { DeleteDataOnDispose = false })
        {
            dataPath = first.DataPath;
            var client = (await first.NewCandidateAsync()).Client;
            using var imported = await client.ConfirmMappingAsync(await client.UploadBookAsync("demo-ana.xlsx", RepositoryFiles.ReadSample("demo-ana.xlsx")));
            bookId = Guid.Parse(imported.Headers.Location!.OriginalString.Split('/')[^1]);
            var keys = first.Services.GetRequiredService<IKeyManager>();
            for (var rotation = 0; rotation < 3; rotation++)
                keys.CreateNewKey(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90));
            Assert.Equal(4, keys.GetAllKeys().Count);
        }

        using var restarted = PortfolioFactory.Reopen(dataPath);
        await using var scope = restarted.Services.CreateAsyncScope();
        var books = scope.ServiceProvider.GetRequiredService<CandidateBooks>();
        var book = await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().ClientBooks.SingleAsync(b => b.Id == bookId);

        var clients = await books.ClientsAsync(book, CancellationToken.None);
        var original = await books.OriginalAsync(book, CancellationToken.None);

        Assert.Equal(45, clients.Count);
        Assert.Equal(RepositoryFiles.ReadSample("demo-ana.xlsx"), original!.Value.Content);
        Assert.Equal("demo-ana.xlsx", original.Value.Name);
    }

    [Fact]
    public async Task RevokedKey_MakesReadsFailLoudly_NeverWithGarbage()
    {
        string dataPath;
        using (var first = new PortfolioFactory { DeleteDataOnDispose = false })
        {
            dataPath = first.DataPath;
            var client = (await first.NewCandidateAsync()).Client;
            (await client.ConfirmMappingAsync(await client.UploadBookAsync("demo-ana.xlsx", RepositoryFiles.ReadSample("demo-ana.xlsx")))).Dispose();
            var keyManager = first.Services.GetRequiredService<IKeyManager>();
            foreach (var key in keyManager.GetAllKeys())
                keyManager.RevokeKey(key.KeyId, "test: the key was compromised");
        }

        using var restarted = PortfolioFactory.Reopen(dataPath);
        await using var scope = restarted.Services.CreateAsyncScope();
        var candidateId = await scope.ServiceProvider.GetRequiredService<PortfolioDbContext>().CandidateKeys.Select(k => k.CandidateId).SingleAsync();
        var keys = scope.ServiceProvider.GetRequiredService<CandidateKeys>();

        await Assert.ThrowsAnyAsync<CryptographicException>(() => keys.FindAsync(candidateId, CancellationToken.None));
    }

    [Fact]
    public async Task KeyRing_IsEncryptedAtRestUnderTheMasterKey()
    {
        using var app = new PortfolioFactory();
        _ = app.Services.GetRequiredService<IKeyManager>().GetAllKeys();
        app.Services.GetRequiredService<IKeyManager>().CreateNewKey(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90));

        // Files in the data folder on SQLite; rows of the shared database on PostgreSQL (ADR-002).
        var stored = TestDatabase.IsPostgres
            ? await app.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync())
            : [.. Directory.GetFiles(Path.Combine(app.DataPath, "keys"), "key-*.xml").Select(File.ReadAllText)];

        Assert.True(stored.Count >= 2);
        Assert.All(stored, xml =>
        {
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
        Assert.True(File.Exists(Path.Combine(app.DataPath, "secrets", "dataprotection-master.key")));
    }

    [Fact]
    public void Restart_WithAnotherMasterKey_StopsThePortalInsteadOfServing()
    {
        string dataPath;
        using (var first = new PortfolioFactory { DeleteDataOnDispose = false })
        {
            dataPath = first.DataPath;
            _ = first.Server;
        }
        File.WriteAllText(Path.Combine(dataPath, "secrets", "dataprotection-master.key"), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

        using var restarted = PortfolioFactory.Reopen(dataPath);

        Assert.ThrowsAny<CryptographicException>(() => restarted.Server);
    }
}
