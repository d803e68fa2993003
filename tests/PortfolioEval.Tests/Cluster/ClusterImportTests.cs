using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Books;
using PortfolioEval.Tests.Books;
using PortfolioEval.Tests.Books.Jobs;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Books;

namespace PortfolioEval.Tests.Cluster;

/// <summary>The import queue is a table both nodes poll (ADR-007): any node runs what another queued, once.</summary>
public sealed class ClusterImportTests
{
    private static readonly Dictionary<string, string?> NoWorkers = new() { ["Import:Workers"] = "0", ["Import:LeaseSeconds"] = "5" };

    [PostgresFact]
    public async Task ImportConfirmedOnANodeWithoutWorkers_IsRunByB()
    {
        using var cluster = new TwoNodes(a: NoWorkers, b: new Dictionary<string, string?> { ["Import:Workers"] = "1" });
        var candidate = await cluster.A.NewCandidateAsync();

        var progressPath = await candidate.Client.QueueImportAsync("cartera.csv", JobSteps.Csv(40));
        var status = await candidate.Client.WaitForImportAsync(progressPath);

        Assert.Equal("Succeeded", status.GetProperty("state").GetString());
        var job = await cluster.A.WithDbAsync(db => db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == JobSteps.JobId(progressPath)));
        Assert.Equal(1, job.Attempts);
        Assert.Equal(1, await cluster.A.WithDbAsync(db => db.ClientBooks.CountAsync(b => b.CandidateId == candidate.Id)));
    }

    [PostgresFact]
    public async Task NodeThatDiesHoldingAnImport_LeavesItFailedAsInterruptedWithinALease_AndTryAgainOnBCompletesIt()
    {
        using var cluster = new TwoNodes(a: NoWorkers, b: NoWorkers);
        var candidate = await cluster.A.NewCandidateAsync();
        var progressPath = await candidate.Client.QueueImportAsync("cartera.csv", JobSteps.Csv(40));
        var id = JobSteps.JobId(progressPath);
        // A claims the job and dies at once: it never runs it and never renews its lease.
        Assert.Equal(id, await ActivatorUtilities.CreateInstance<ImportWorker>(cluster.A.Services).ClaimNextAsync(CancellationToken.None));
        var claimed = Stopwatch.GetTimestamp();
        // B's worker keeps polling, as every node does.
        var survivor = ActivatorUtilities.CreateInstance<ImportWorker>(cluster.B.Services);

        ImportJob job;
        do
        {
            Assert.Null(await survivor.ClaimNextAsync(CancellationToken.None));
            job = await JobAsync(cluster, id);
            await Task.Delay(100);
        }
        while (job.State == ImportJobState.Running && Stopwatch.GetElapsedTime(claimed) < TimeSpan.FromSeconds(30));
        var failedAfter = Stopwatch.GetElapsedTime(claimed);

        Assert.Equal(ImportJobState.Failed, job.State);
        Assert.InRange(failedAfter, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15));
        using var browser = cluster.NewBrowser(Route.B);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync(candidate.Email)).StatusCode);
        var failed = await browser.GetDocumentAsync(progressPath);
        Assert.Contains("La importación se interrumpió", failed.QuerySelector("[data-testid=import-failed]")!.TextContent, StringComparison.Ordinal);
        using (await browser.SubmitAsync(failed, progressPath, new Dictionary<string, string>(), "form[action*='handler=Retry']"))
            Assert.Equal("Queued", (await browser.ImportStatusAsync(progressPath)).GetProperty("state").GetString());
        Assert.True(await survivor.RunOnceAsync(CancellationToken.None));

        var done = await JobAsync(cluster, id);
        Assert.Equal(ImportJobState.Succeeded, done.State);
        Assert.Equal(2, done.Attempts);
        Assert.Equal(1, await cluster.B.WithDbAsync(db => db.ClientBooks.CountAsync(b => b.CandidateId == candidate.Id)));
        Assert.Equal(0, await cluster.B.WithDbAsync(db => db.PendingUploads.CountAsync(u => u.CandidateId == candidate.Id)));
    }

    [PostgresFact]
    public async Task TwoNodesClaimingAtOnce_NeverClaimAJobTwice()
    {
        using var cluster = new TwoNodes(a: NoWorkers, b: NoWorkers);
        var queued = new List<Guid>();
        for (var c = 0; c < 3; c++)
        {
            var candidate = await cluster.A.NewCandidateAsync();
            for (var j = 0; j < 3; j++)
                queued.Add(JobSteps.JobId(await candidate.Client.QueueImportAsync($"cartera-{j}.csv", JobSteps.Csv(5 + j))));
        }
        // Two workers a node, all asking at the same moment until the queue is empty.
        var workers = new[] { cluster.A, cluster.A, cluster.B, cluster.B }
            .Select(node => ActivatorUtilities.CreateInstance<ImportWorker>(node.Services)).ToList();
        var claims = new ConcurrentBag<Guid>();
        using var start = new SemaphoreSlim(0);

        async Task ClaimAllAsync(ImportWorker worker)
        {
            await start.WaitAsync();
            while (await worker.ClaimNextAsync(CancellationToken.None) is { } id)
                claims.Add(id);
        }

        var claiming = workers.Select(w => Task.Run(() => ClaimAllAsync(w))).ToArray();
        start.Release(workers.Count);
        await Task.WhenAll(claiming);

        Assert.Equal(queued.Order(), claims.Order());
        Assert.All(await cluster.A.WithDbAsync(db => db.ImportJobs.AsNoTracking().ToListAsync()), j =>
        {
            Assert.Equal(ImportJobState.Running, j.State);
            Assert.Equal(1, j.Attempts);
        });
    }

    private static Task<ImportJob> JobAsync(TwoNodes cluster, Guid id) =>
        cluster.B.WithDbAsync(db => db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == id));
}
