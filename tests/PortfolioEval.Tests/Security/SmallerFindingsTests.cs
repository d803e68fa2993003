using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Books;
using PortfolioEval.Tests.Books.Jobs;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Tests.Recruiting;

namespace PortfolioEval.Tests.Security;

/// <summary>Issue 20's smaller findings: caching of the JSON export, the progress count, log levels, the upload page's promise.</summary>
[Collection(SharedPortal.Name)]
public class SmallerFindingsTests(PortfolioFactory app)
{
    [Fact]
    public async Task RecruitersJsonExport_IsNeverCached()
    {
        var admin = await app.NewCompanyAdminAsync("Retail Sin Caché");
        var candidate = await app.NewCandidateWithBookAsync();
        await app.GrantAsync(candidate, admin, "Bruno S.");

        using var response = await admin.Client.GetAsync($"/Recruiter/Reports/{candidate.BookId}?handler=Export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task BookWithABlankRowBetweenClients_ProgressNeverCountsMoreRowsReadThanExpected()
    {
        using var jobs = JobPortal.WithoutWorkers();
        var client = (await jobs.NewCandidateAsync()).Client;
        var csv = System.Text.Encoding.UTF8.GetString(JobSteps.Csv(29)).Replace("Cliente 15 S.A.C.", "\r\nCliente 15 S.A.C.", StringComparison.Ordinal);
        var id = JobSteps.JobId(await client.QueueImportAsync("cartera.csv", System.Text.Encoding.UTF8.GetBytes(csv)));

        Assert.True(await jobs.NewWorker().RunOnceAsync(CancellationToken.None));
        var job = await jobs.JobAsync(id);

        Assert.Equal(30, job.RowsRead);
        Assert.Equal(job.RowsRead, job.ExpectedRows);
    }

    [Fact]
    public async Task ConfirmationThatLosesTheRace_IsLoggedAsInformationWithoutAStackTrace()
    {
        using var jobs = new RacingPortal();
        var client = (await jobs.NewCandidateAsync()).Client;
        var mapPath = await client.UploadBookAsync("cartera.csv", JobSteps.Csv(10));
        jobs.Race.Armed = true;

        using var confirm = await client.SubmitAsync(mapPath, new Dictionary<string, string>(), "[data-testid=mapping-form]");

        Assert.False(jobs.Race.Armed);
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Equal(1, await jobs.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<Data.PortfolioDbContext>().ImportJobs.CountAsync());
        Assert.Contains(jobs.Log.Lines, l => l.StartsWith("Information", StringComparison.Ordinal) && l.Contains("confirmed twice at once", StringComparison.Ordinal));
        Assert.DoesNotContain(jobs.Log.Lines, l => !l.StartsWith("Debug", StringComparison.Ordinal) && !l.StartsWith("Trace", StringComparison.Ordinal)
            && (l.StartsWith("Error", StringComparison.Ordinal) || l.Contains("   at ", StringComparison.Ordinal)));
    }

    /// <summary>A portal where, once armed, "another request" queues the same upload's import just before this one saves.</summary>
    private sealed class RacingPortal() : PortfolioFactory(new Dictionary<string, string?> { ["Import:Workers"] = "0" })
    {
        public OtherRequestFirst Race { get; } = new();

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.ConfigureDbContext<Data.PortfolioDbContext>(o => o.AddInterceptors(Race)));
        }
    }

    private sealed class OtherRequestFirst : Microsoft.EntityFrameworkCore.Diagnostics.SaveChangesInterceptor
    {
        public volatile bool Armed;

        public override async ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int>> SavingChangesAsync(
            Microsoft.EntityFrameworkCore.Diagnostics.DbContextEventData eventData, Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            var job = eventData.Context!.ChangeTracker.Entries<PortfolioEval.Books.ImportJob>().FirstOrDefault(e => e.State == EntityState.Added)?.Entity;
            if (job is not null && Armed)
            {
                Armed = false;
                var connection = eventData.Context.Database.GetConnectionString();
                var builder = new DbContextOptionsBuilder<Data.PortfolioDbContext>();
                var options = (eventData.Context.Database.IsNpgsql() ? builder.UseNpgsql(connection) : builder.UseSqlite(connection)).Options;
                await using var other = new Data.PortfolioDbContext(options);
                other.ImportJobs.Add(new PortfolioEval.Books.ImportJob(job.CandidateId, job.UploadId, job.Mapping(), job.CultureName, job.DateOrder, job.ExpectedRows, DateTimeOffset.UtcNow));
                await other.SaveChangesAsync(cancellationToken);
            }

            return result;
        }
    }

    [Fact]
    public async Task UploadPage_SaysTheFileIsKeptWithTheBook_AsItIs()
    {
        var client = (await app.NewCandidateAsync()).Client;

        var text = (await client.GetDocumentAsync("/Candidate/Books/Upload")).QuerySelector("aside")!.TextContent;

        Assert.DoesNotContain("luego se elimina", text, StringComparison.Ordinal);
        Assert.Contains("se guarda cifrado junto al libro", text, StringComparison.Ordinal);
    }
}
