using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Books;
using PortfolioEval.Tests.Books;
using PortfolioEval.Tests.Books.Jobs;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Security;

/// <summary>
/// A node that dies while saving a book leaves its job running only as long as the save could take: a small book's
/// job is failed about a lease after the crash, not ten, and a job whose lease ran out no longer counts as running.
/// </summary>
public sealed class ImportLeaseTests : IDisposable
{
    private readonly JobPortal _app = JobPortal.WithoutWorkers(leaseSeconds: 60);

    // The saving lease is read by a SQLite trigger; on PostgreSQL the same code runs, untimed.
    [SqliteFact]
    public async Task SavingASmallBook_ExtendsTheLeaseByAboutOneLease_NotTen()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        var id = JobSteps.JobId(await client.QueueImportAsync("cartera.csv", JobSteps.Csv(30)));
        // A trigger notes the lease the node wrote as it began saving: had it died then, this is how long the job
        // would have stayed "running" and counted against the candidate.
        await ExecuteAsync("""
            CREATE TABLE SavingLeases (Lease INTEGER, Written INTEGER);
            CREATE TRIGGER NoteSavingLease AFTER UPDATE OF Phase ON ImportJobs WHEN NEW.Phase = 'Saving'
            BEGIN INSERT INTO SavingLeases VALUES (NEW.LeaseExpiresAt, NEW.UpdatedAt); END;
            """);

        Assert.True(await _app.NewWorker().RunOnceAsync(CancellationToken.None));
        var extensions = await SavingLeasesAsync();

        Assert.Equal(ImportJobState.Succeeded, (await _app.JobAsync(id)).State);
        var extension = Assert.Single(extensions);
        Assert.InRange(extension, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(75));
    }

    [Fact]
    public async Task JobsOfADeadNode_StopCountingAgainstTheCandidateOnceTheirLeaseRunsOut()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        for (var i = 0; i < 3; i++)
        {
            var id = JobSteps.JobId(await client.QueueImportAsync($"cartera{i}.csv", JobSteps.Csv(10 + i)));
            Assert.Equal(id, await _app.NewWorker().ClaimNextAsync(CancellationToken.None));
        }

        // Their node died: no lease is renewed, and no other node has looked at the queue yet.
        await _app.WithDbAsync(db => db.ImportJobs.ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseExpiresAt, DateTimeOffset.UtcNow.AddSeconds(-1))));
        var fourth = await client.QueueImportAsync("cartera3.csv", JobSteps.Csv(20));

        Assert.Equal(ImportJobState.Queued, (await _app.JobAsync(JobSteps.JobId(fourth))).State);
    }

    [Fact]
    public async Task WhileSaving_TheProgressSaysByWhenTheImportIsGivenUp()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        var progressPath = await client.QueueImportAsync("cartera.csv", JobSteps.Csv(30));
        var id = JobSteps.JobId(progressPath);
        Assert.Equal(id, await _app.NewWorker().ClaimNextAsync(CancellationToken.None));
        var deadline = DateTimeOffset.UtcNow.AddSeconds(90);
        await _app.WithDbAsync(db => db.ImportJobs.Where(j => j.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Phase, ImportPhase.Saving).SetProperty(j => j.LeaseExpiresAt, deadline)));

        var status = await client.ImportStatusAsync(progressPath);

        Assert.Equal(deadline.ToUnixTimeMilliseconds(), status.GetProperty("givenUpAt").GetDateTimeOffset().ToUnixTimeMilliseconds());
        Assert.Contains("se da por interrumpida", status.GetProperty("phase").GetString(), StringComparison.Ordinal);
    }

    private async Task<List<TimeSpan>> SavingLeasesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_app.DataPath, "portfolioeval.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Lease - Written FROM SavingLeases";
        var leases = new List<TimeSpan>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            leases.Add(TimeSpan.FromTicks(reader.GetInt64(0)));
        return leases;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_app.DataPath, "portfolioeval.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose() => _app.Dispose();
}
