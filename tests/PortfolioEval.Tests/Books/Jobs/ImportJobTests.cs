using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Books;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Books.Jobs;

/// <summary>The import queue with its worker off: each test plays the nodes that claim and run the jobs.</summary>
public sealed class ImportJobTests : IDisposable
{
    private readonly JobPortal _app = JobPortal.WithoutWorkers();

    [Fact]
    public async Task ConfirmedMapping_IsQueued_AndTheProgressPageAndHomePageSaySo()
    {
        var client = (await _app.NewCandidateAsync()).Client;

        var progressPath = await client.QueueImportAsync("cartera.csv", JobSteps.Csv(40));
        var page = await client.GetDocumentAsync(progressPath);
        var status = await client.ImportStatusAsync(progressPath);
        var home = await client.GetDocumentAsync("/Candidate");

        Assert.Equal("Esperando su turno…", page.QuerySelector("[data-testid=import-phase]")!.TextContent.Trim());
        Assert.NotNull(home.QuerySelector($"[data-testid=imports-under-way] a[href='{progressPath}']"));
        Assert.Contains("0 de 40 filas leídas", page.QuerySelector("[data-import-progress]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Queued", status.GetProperty("state").GetString());
        Assert.Equal(40, status.GetProperty("expectedRows").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, status.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task Worker_RunsTheJob_ThenTheProgressPageLeadsToTheSummary()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        var progressPath = await client.QueueImportAsync("cartera.csv", JobSteps.Csv(40));

        Assert.True(await _app.NewWorker().RunOnceAsync(CancellationToken.None));
        var status = await client.ImportStatusAsync(progressPath);
        using var page = await client.GetAsync(progressPath);
        var summary = await client.GetDocumentAsync(page.Headers.Location!.OriginalString);

        Assert.Equal("Succeeded", status.GetProperty("state").GetString());
        Assert.Equal(100, status.GetProperty("percent").GetInt32());
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal(status.GetProperty("next").GetString(), page.Headers.Location.OriginalString);
        Assert.Equal("40", summary.QuerySelector("[data-testid=clients]")!.TextContent);
        Assert.Equal(0, await _app.WithDbAsync(db => db.PendingUploads.CountAsync()));
    }

    [Fact]
    public async Task RunningJob_ShowsItsPhaseAndRowsRead()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        var progressPath = await client.QueueImportAsync("cartera.csv", JobSteps.Csv(5_000));
        var id = JobSteps.JobId(progressPath);
        var worker = _app.NewWorker();

        Assert.Equal(id, await worker.ClaimNextAsync(CancellationToken.None));
        await _app.WithDbAsync(async db =>
        {
            var job = await db.ImportJobs.SingleAsync(j => j.Id == id);
            job.Report(ImportPhase.Reading, 1_234, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
            return await db.SaveChangesAsync();
        });
        var status = await client.ImportStatusAsync(progressPath);
        var page = await client.GetDocumentAsync(progressPath);

        Assert.Equal("Running", status.GetProperty("state").GetString());
        Assert.Equal("Leyendo las filas…", status.GetProperty("phase").GetString());
        Assert.Equal("1.234 de 5.000 filas leídas", status.GetProperty("rows").GetString());
        Assert.Equal(24, status.GetProperty("percent").GetInt32());
        Assert.Equal("24", page.QuerySelector("[data-testid=import-progress]")!.GetAttribute("aria-valuenow"));
    }

    [Fact]
    public async Task TwoNodesClaimingTheSameJob_OnlyTheFirstSaveWins()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        var id = JobSteps.JobId(await client.QueueImportAsync("cartera.csv", JobSteps.Csv(10)));
        await using var first = _app.Services.CreateAsyncScope();
        await using var second = _app.Services.CreateAsyncScope();
        var a = first.ServiceProvider.GetRequiredService<Data.PortfolioDbContext>();
        var b = second.ServiceProvider.GetRequiredService<Data.PortfolioDbContext>();
        var seenByA = await a.ImportJobs.SingleAsync(j => j.Id == id);
        var seenByB = await b.ImportJobs.SingleAsync(j => j.Id == id);

        seenByA.Claim("node-a", DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        seenByB.Claim("node-b", DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        await a.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => b.SaveChangesAsync());
        Assert.Equal("node-a", (await _app.JobAsync(id)).LeaseOwner);
    }

    [Fact]
    public async Task TwoWorkersRacing_ClaimEveryJobExactlyOnce()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        var other = (await _app.NewCandidateAsync()).Client;
        var queued = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            queued.Add(JobSteps.JobId(await client.QueueImportAsync($"cartera-{i}.csv", JobSteps.Csv(10 + i))));
            queued.Add(JobSteps.JobId(await other.QueueImportAsync($"cartera-{i}.csv", JobSteps.Csv(10 + i))));
        }

        var workers = new[] { _app.NewWorker(), _app.NewWorker() };
        var claims = await Task.WhenAll(workers.Select(worker => Task.Run(async () =>
        {
            var mine = new List<Guid>();
            while (await worker.ClaimNextAsync(CancellationToken.None) is { } id)
                mine.Add(id);
            return (worker.Node, Jobs: mine);
        })));

        var all = claims.SelectMany(c => c.Jobs).ToList();
        Assert.Equal(queued.Order(), all.Order());
        foreach (var (node, jobs) in claims)
        {
            foreach (var id in jobs)
                Assert.Equal(node, (await _app.JobAsync(id)).LeaseOwner);
        }
    }

    [Fact]
    public async Task QueueBound_AFourthImportWhileThreeWait_IsRefusedWithAMessage()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        for (var i = 0; i < 3; i++)
            await client.QueueImportAsync($"cartera-{i}.csv", JobSteps.Csv(10));

        using var refused = await client.ConfirmMappingAsync(await client.UploadBookAsync("cartera-3.csv", JobSteps.Csv(10)));
        var page = await Infrastructure.Forms.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Ya tienes 3 carteras importándose", page.QuerySelector("[data-testid=mapping-errors]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, await _app.WithDbAsync(db => db.ImportJobs.CountAsync()));
    }

    [Fact]
    public async Task ConfirmingTwice_FollowsTheImportAlreadyQueued()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        var mapPath = await client.UploadBookAsync("cartera.csv", JobSteps.Csv(10));
        var form = await client.GetDocumentAsync(mapPath);

        using var first = await client.SubmitAsync(form, mapPath, new Dictionary<string, string>(), "[data-testid=mapping-form]");
        using var second = await client.SubmitAsync(form, mapPath, new Dictionary<string, string>(), "[data-testid=mapping-form]");

        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await _app.WithDbAsync(db => db.ImportJobs.CountAsync()));
    }

    [Fact]
    public async Task ConfirmingTwiceAtOnce_QueuesOneImport_AndBothFollowIt()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        var mapPath = await client.UploadBookAsync("cartera.csv", JobSteps.Csv(10));
        var form = await client.GetDocumentAsync(mapPath);

        var confirms = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => client.SubmitAsync(form, mapPath, new Dictionary<string, string>(), "[data-testid=mapping-form]")));

        Assert.All(confirms, c => Assert.Equal(HttpStatusCode.Redirect, c.StatusCode));
        Assert.Single(confirms.Select(c => c.Headers.Location).Distinct());
        Assert.Equal(1, await _app.WithDbAsync(db => db.ImportJobs.CountAsync()));
        foreach (var confirm in confirms)
            confirm.Dispose();
    }

    [Fact]
    public async Task ASecondActiveImportOfOneUpload_IsRefusedByTheDatabase()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        var first = await _app.JobAsync(JobSteps.JobId(await client.QueueImportAsync("cartera.csv", JobSteps.Csv(10))));

        var second = await Record.ExceptionAsync(() => _app.WithDbAsync(db =>
        {
            db.ImportJobs.Add(new ImportJob(first.CandidateId, first.UploadId, first.Mapping(), first.CultureName, first.DateOrder, 10, DateTimeOffset.UtcNow));
            return db.SaveChangesAsync();
        }));

        Assert.IsType<DbUpdateException>(second);
    }

    [Fact]
    public async Task DiscardingAnUploadWhileItIsImported_KeepsIt_AndFollowsTheImport()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        var mapPath = await client.UploadBookAsync("cartera.csv", JobSteps.Csv(10));
        var form = await client.GetDocumentAsync(mapPath);
        using var confirmed = await client.SubmitAsync(form, mapPath, new Dictionary<string, string>(), "[data-testid=mapping-form]");

        using var discarded = await client.SubmitAsync(form, mapPath, new Dictionary<string, string>(), "form[action*='handler=Discard']");
        var ran = await _app.NewWorker().RunOnceAsync(CancellationToken.None);

        Assert.Equal(confirmed.Headers.Location, discarded.Headers.Location);
        Assert.True(ran);
        Assert.Equal(ImportJobState.Succeeded, (await _app.JobAsync(JobSteps.JobId(confirmed.Headers.Location!.OriginalString))).State);
    }

    [Fact]
    public async Task ExpiredUploadWithItsImportWaiting_IsNotSwept_UntilTheImportEnds()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        var progressPath = await client.QueueImportAsync("cartera.csv", JobSteps.Csv(10));
        var longAgo = DateTimeOffset.UtcNow - PendingUpload.Lifetime - TimeSpan.FromHours(1);
        await _app.WithDbAsync(db => db.PendingUploads.ExecuteUpdateAsync(u => u.SetProperty(p => p.CreatedAt, longAgo)));

        await client.UploadBookAsync("otra.csv", JobSteps.Csv(5)); // an upload sweeps the expired ones
        var kept = await _app.WithDbAsync(db => db.PendingUploads.CountAsync(u => u.CreatedAt == longAgo));
        await _app.NewWorker().RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, kept);
        Assert.Equal(ImportJobState.Succeeded, (await _app.JobAsync(JobSteps.JobId(progressPath))).State);
    }

    public void Dispose() => _app.Dispose();
}
