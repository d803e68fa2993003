using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Books;
using PortfolioEval.Privacy;
using PortfolioEval.Tests.Books.Support;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Tests.Books.Jobs;

/// <summary>Imports that go wrong: a bad book, a node that dies, a node that stops, a restart. Nothing hangs, nothing is lost.</summary>
public sealed class ImportJobRecoveryTests : IDisposable
{
    private readonly JobPortal _app = JobPortal.WithoutWorkers();

    [Fact]
    public async Task BookDamagedInStorage_FailsWithItsReasonAndOffersTheMappingAgain()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        var book = new XlsxBuilder().Sheet("Cartera", s => s.Row("Cliente", "Monto").Row("Andina", 100).Row("Cóndor", 200)).Build();
        var progressPath = await client.QueueImportAsync("cartera.xlsx", book);
        var job = await _app.JobAsync(JobSteps.JobId(progressPath));
        await ReplaceUploadAsync(job, MalformedBooks.All["truncated xlsx"].Make());

        await _app.NewWorker().RunOnceAsync(CancellationToken.None);
        var status = await client.ImportStatusAsync(progressPath);
        using var response = await client.GetAsync(progressPath);
        var page = await Forms.ParseAsync(response);

        Assert.Equal("Failed", status.GetProperty("state").GetString());
        Assert.Equal(progressPath, status.GetProperty("next").GetString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("El archivo está incompleto", page.QuerySelector("[data-testid=import-failed]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Candidate/Books/Map/{job.UploadId}?culture=es-PE", page.QuerySelector("[data-testid=import-remap]")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("[data-testid=import-retry]"));
        Assert.Equal(0, await _app.WithDbAsync(db => db.ClientBooks.CountAsync()));
    }

    [Fact]
    public async Task ExpiredLease_IsFailedAsInterrupted_AndTryingAgainImportsTheKeptUpload()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        var progressPath = await client.QueueImportAsync("cartera.csv", JobSteps.Csv(30));
        var id = JobSteps.JobId(progressPath);
        Assert.Equal(id, await _app.NewWorker().ClaimNextAsync(CancellationToken.None));
        // The node that claimed it dies: it never renews its lease again.
        await _app.WithDbAsync(db => db.ImportJobs.Where(j => j.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseExpiresAt, DateTimeOffset.UtcNow.AddSeconds(-1))));
        var survivor = _app.NewWorker();

        Assert.Null(await survivor.ClaimNextAsync(CancellationToken.None));
        var failed = await client.GetDocumentAsync(progressPath);
        Assert.Contains("La importación se interrumpió", failed.QuerySelector("[data-testid=import-failed]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await _app.WithDbAsync(db => db.PendingUploads.CountAsync()));

        using var retried = await client.SubmitAsync(failed, progressPath, new Dictionary<string, string>(), "form[action*='handler=Retry']");
        Assert.Equal("Queued", (await client.ImportStatusAsync(progressPath)).GetProperty("state").GetString());
        Assert.True(await survivor.RunOnceAsync(CancellationToken.None));
        using var done = await client.GetAsync(progressPath);

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.StartsWith("/Candidate/Books/Summary/", done.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(2, (await _app.JobAsync(id)).Attempts);
    }

    [Fact]
    public async Task StoppingNode_PutsItsRunningJobBackInTheQueue()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        var id = JobSteps.JobId(await client.QueueImportAsync("cartera.csv", JobSteps.Csv(30)));
        var worker = _app.NewWorker();
        Assert.Equal(id, await worker.ClaimNextAsync(CancellationToken.None));

        await worker.RunClaimedAsync(id, new CancellationToken(canceled: true));
        var job = await _app.JobAsync(id);

        Assert.Equal(ImportJobState.Queued, job.State);
        Assert.Null(job.LeaseOwner);
        Assert.True(await _app.NewWorker().RunOnceAsync(CancellationToken.None));
        Assert.Equal(ImportJobState.Succeeded, (await _app.JobAsync(id)).State);
    }

    [Fact]
    public async Task Restart_WithAJobItsDeadNodeWasRunning_FailsItCleanly_ThenTheNewNodeImportsItOnRetry()
    {
        string dataPath, email, progressPath;
        using (var before = JobPortal.WithoutWorkers(leaseSeconds: 5))
        {
            before.DeleteDataOnDispose = false;
            dataPath = before.DataPath;
            (var client, email) = await before.NewCandidateAsync();
            progressPath = await client.QueueImportAsync("cartera.csv", JobSteps.Csv(30));
            // Claimed by a node that then goes down with the portal, mid-import.
            Assert.NotNull(await before.NewWorker().ClaimNextAsync(CancellationToken.None));
        }

        using var after = JobPortal.ReopenWithWorkers(dataPath);
        var again = after.CreateBrowser();
        (await again.LoginAsync(email)).Dispose();

        var failed = await again.WaitForImportAsync(progressPath, TimeSpan.FromSeconds(30));
        Assert.Equal("Failed", failed.GetProperty("state").GetString());
        var page = await again.GetDocumentAsync(progressPath);
        (await again.SubmitAsync(page, progressPath, new Dictionary<string, string>(), "form[action*='handler=Retry']")).Dispose();
        var done = await again.WaitForImportAsync(progressPath);

        Assert.Equal("Succeeded", done.GetProperty("state").GetString());
        var summary = await again.GetDocumentAsync(done.GetProperty("next").GetString()!);
        Assert.Equal("30", summary.QuerySelector("[data-testid=clients]")!.TextContent);
    }

    // The stored upload replaced by another file, encrypted as the portal stores it: a file damaged in storage.
    private async Task ReplaceUploadAsync(ImportJob job, byte[] content)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var secret = await scope.ServiceProvider.GetRequiredService<Web.Storage.CandidateKeys>().FindAsync(job.CandidateId, CancellationToken.None);
        var ciphertext = ChunkedCipher.Encrypt(content, secret!.DataKey, PendingUpload.Context(job.UploadId, BookContentKind.Original));
        await scope.ServiceProvider.GetRequiredService<Data.PortfolioDbContext>().PendingUploads.Where(u => u.Id == job.UploadId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.EncryptedContent, ciphertext));
    }

    public void Dispose() => _app.Dispose();
}
