using System.Net;
using Xunit.Abstractions;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Books;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Security;

/// <summary>Runs alone, after the parallel tests: the memory it measures is the whole process's.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryPeak
{
    public const string Name = "Memory peak";
}

/// <summary>
/// Issue 20's comma bomb through the upload page: a 24 MB file must cost the server no more memory than a real
/// 24 MB book, at most 300 MB above the idle peak (before the fix it took 657 MB here; 97 MB since).
/// </summary>
[Collection(MemoryPeak.Name)]
public sealed class MemoryPeakTests(ITestOutputHelper output) : IDisposable
{
    private const long Bound = 300L * 1024 * 1024;
    private readonly PortfolioFactory _app = new();

    [Fact]
    public async Task CommaBombOf24Megabytes_RaisesThePeakByLessThan300Megabytes_AndIsRefusedNamingRowAndColumn()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        // Warm: the pages compiled and a book read once, so the measure is the bomb's alone.
        await client.UploadBookAsync("cartera.csv", HostileFiles.Samples().First(s => s.Name == "demo-bruno.csv").Content);
        var bomb = HostileFiles.CommaBomb(24_000_000);

        var idle = ProcessMemory.ResetPeak();
        using var response = await client.UploadAsync("/Candidate/Books/Upload", "cartera.csv", bomb);
        var growth = ProcessMemory.Peak() - idle;
        var page = await Forms.ParseAsync(response);
        output.WriteLine($"Resident peak {growth / (1024 * 1024)} MB above the idle {idle / (1024 * 1024)} MB for the {bomb.Length / (1024 * 1024)} MB comma bomb.");

        Assert.True(growth < Bound, $"the peak rose by {growth / (1024 * 1024)} MB for a {bomb.Length / (1024 * 1024)} MB file");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("La fila 1 tiene más de 16.384 columnas", page.QuerySelector("[data-testid=upload-error]")!.TextContent, StringComparison.Ordinal);
    }

    // Four requests hold four bodies whatever the reader does (the form's buffer and the page's copy of the file, and
    // here the test client's too): the bound is 150 MB an upload, where each cost 650 MB before.
    [Fact]
    public async Task FourCommaBombsAtOnceByOneCandidate_RaiseThePeakByLessThan600Megabytes()
    {
        var client = (await _app.NewCandidateAsync()).Client;
        await client.UploadBookAsync("cartera.csv", HostileFiles.Samples().First(s => s.Name == "demo-bruno.csv").Content);
        var bomb = HostileFiles.CommaBomb(24_000_000);

        var idle = ProcessMemory.ResetPeak();
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => client.UploadAsync("/Candidate/Books/Upload", $"cartera{i}.csv", bomb)));
        var growth = ProcessMemory.Peak() - idle;
        output.WriteLine($"Resident peak {growth / (1024 * 1024)} MB above the idle {idle / (1024 * 1024)} MB for four comma bombs at once.");

        Assert.True(growth < 2 * Bound, $"the peak rose by {growth / (1024 * 1024)} MB for four {bomb.Length / (1024 * 1024)} MB files at once");
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode));
        foreach (var response in responses)
            response.Dispose();
    }

    public void Dispose() => _app.Dispose();
}
