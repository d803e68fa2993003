using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Books;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Books;
using PortfolioEval.Tests.Books.Jobs;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Books;

namespace PortfolioEval.Tests.Cluster;

/// <summary>
/// A node lost for real: a separate portal process, killed with SIGKILL while it imports a book, and a node in this
/// process (the survivor) on the same database. Nothing of the dead node runs again, so only its lease tells (ADR-007).
/// </summary>
public sealed class ClusterNodeKilledTests
{
    // Large enough that the dead node is still reading, protecting or scoring it when it is killed (seconds, on two cores).
    private const int Rows = 250_000;
    private const int LeaseSeconds = 5;

    [PostgresFact]
    public async Task NodeKilledMidImport_LeavesItFailedAsInterruptedWithinALease_AndTryAgainOnTheOtherNodeImportsEveryRow()
    {
        var masterKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var lease = LeaseSeconds.ToString(CultureInfo.InvariantCulture);
        // The survivor serves the candidate's pages but runs no import of its own until the test says so.
        using var survivor = new TwoNodes.Node(new Dictionary<string, string?>
        {
            ["DataProtection:MasterKey"] = masterKey, ["Import:Workers"] = "0", ["Import:LeaseSeconds"] = lease,
        }, dataPath: null);
        var candidate = await survivor.NewCandidateAsync();
        var progressPath = await candidate.Client.QueueImportAsync("cartera.csv", JobSteps.Csv(Rows));
        var id = JobSteps.JobId(progressPath);
        using var doomed = await PortalProcess.StartAsync(new Dictionary<string, string>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Portfolio"] = TestDatabase.ConnectionString(TestDatabase.NameFor(survivor.DataPath)),
            ["DataProtection:MasterKey"] = masterKey,
            ["Import:Workers"] = "1",
            ["Import:LeaseSeconds"] = lease,
            ["Import:PollMilliseconds"] = "100",
        });

        var midway = await WaitForJobAsync(survivor, id, j => j.State == ImportJobState.Running
            && j.Phase is ImportPhase.Reading or ImportPhase.Protecting or ImportPhase.Scoring, doomed);
        Assert.Contains($"/{doomed.Id}/", midway.LeaseOwner, StringComparison.Ordinal);
        doomed.Kill();
        var killed = Stopwatch.GetTimestamp();
        var worker = ActivatorUtilities.CreateInstance<ImportWorker>(survivor.Services);
        ImportJob job;
        do
        {
            // What the survivor's worker does at each poll: claim what is queued, fail what a dead node held.
            Assert.Null(await worker.ClaimNextAsync(CancellationToken.None));
            job = await JobAsync(survivor, id);
            await Task.Delay(100);
        }
        while (job.State == ImportJobState.Running && Stopwatch.GetElapsedTime(killed) < TimeSpan.FromSeconds(LeaseSeconds * 6));
        var failedAfter = Stopwatch.GetElapsedTime(killed);

        Assert.Equal(ImportJobState.Failed, job.State);
        Assert.Equal(ImportFailure.Interrupted, job.Failure);
        // The lease was renewed at most half a second before the kill; one poll and a query on a busy machine on top.
        Assert.True(failedAfter < TimeSpan.FromSeconds(LeaseSeconds + 2), $"Failed {failedAfter.TotalSeconds:0.0} s after the kill.");
        Assert.Equal(0, await survivor.WithDbAsync(db => db.ClientBooks.CountAsync()));

        var failed = await candidate.Client.GetDocumentAsync(progressPath);
        Assert.Contains("La importación se interrumpió", failed.QuerySelector("[data-testid=import-failed]")!.TextContent, StringComparison.Ordinal);
        using (var retried = await candidate.Client.SubmitAsync(failed, progressPath, new Dictionary<string, string>(), "form[action*='handler=Retry']"))
            Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.True(await worker.RunOnceAsync(CancellationToken.None));

        var done = await JobAsync(survivor, id);
        Assert.Equal(ImportJobState.Succeeded, done.State);
        Assert.Equal(2, done.Attempts);
        var book = await survivor.WithDbAsync(db => db.ClientBooks.AsNoTracking().SingleAsync(b => b.CandidateId == candidate.Id));
        Assert.Equal((Rows, Rows, 0, 0), (book.RowsRead, book.Clients, book.RowsRejected, book.RowsLost));
        Assert.Equal(0, await survivor.WithDbAsync(db => db.PendingUploads.CountAsync()));
    }

    private static Task<ImportJob> JobAsync(PortfolioFactory node, Guid id) =>
        node.WithDbAsync(db => db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == id));

    private static async Task<ImportJob> WaitForJobAsync(PortfolioFactory node, Guid id, Func<ImportJob, bool> condition, PortalProcess runner)
    {
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 120;
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var job = await JobAsync(node, id);
            if (condition(job))
                return job;
            Assert.True(job.State is ImportJobState.Queued or ImportJobState.Running, $"The import ended before the kill ({job.State}, {job.Phase}):\n{runner.Output}");
            await Task.Delay(50);
        }
        throw new TimeoutException("The node never got the import under way:\n" + runner.Output);
    }
}
