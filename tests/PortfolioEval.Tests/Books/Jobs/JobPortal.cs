using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Books;
using PortfolioEval.Data;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Books;

namespace PortfolioEval.Tests.Books.Jobs;

/// <summary>
/// A portal for the import-queue tests: by default its own worker is off, so each test decides which worker claims
/// and runs a job, as two nodes of one portal would.
/// </summary>
internal sealed class JobPortal : PortfolioFactory
{
    private JobPortal(IDictionary<string, string?> settings, string? dataPath) : base(settings, dataPath) { }

    public static JobPortal WithoutWorkers(int leaseSeconds = 60) => new(Settings(0, leaseSeconds), null);

    /// <summary>The same data folder after a restart, this time with workers running.</summary>
    public static JobPortal ReopenWithWorkers(string dataPath) => new(Settings(2, 60), dataPath);

    private static Dictionary<string, string?> Settings(int workers, int leaseSeconds) => new()
    {
        ["Import:Workers"] = workers.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Import:LeaseSeconds"] = leaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Import:PollMilliseconds"] = "100",
    };

    /// <summary>Another node's worker over the same database.</summary>
    public ImportWorker NewWorker() => ActivatorUtilities.CreateInstance<ImportWorker>(Services);

    public Task<ImportJob> JobAsync(Guid id) => this.WithDbAsync(db => db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == id));
}

internal static class JobSteps
{
    /// <summary>Uploads a book and confirms its mapping; returns the progress page's path, without waiting.</summary>
    public static async Task<string> QueueImportAsync(this HttpClient client, string fileName, byte[] book)
    {
        using var posted = await client.SubmitAsync(await client.UploadBookAsync(fileName, book), new Dictionary<string, string>(), "[data-testid=mapping-form]");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, posted.StatusCode);
        var path = posted.Headers.Location!.OriginalString;
        Assert.StartsWith("/Candidate/Books/Progress/", path, StringComparison.Ordinal);
        return path;
    }

    public static Guid JobId(string progressPath) => Guid.Parse(progressPath.Split('/')[^1]);

    public static byte[] Csv(int rows)
    {
        var text = new System.Text.StringBuilder("Cliente;Rubro;Fecha último contacto;Monto\r\n");
        for (var i = 1; i <= rows; i++)
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"Cliente {i} S.A.C.;Minería;{1 + i % 28:00}/05/2026;{i % 9000 + 100},50\r\n");
        return System.Text.Encoding.UTF8.GetBytes(text.ToString());
    }
}
