using PortfolioEval.Books;
using PortfolioEval.Data;
using PortfolioEval.Web.Hosting;

namespace PortfolioEval.Web.Demo;

/// <summary>
/// Imports the repository's sample books for the demo candidates, through the same reader a person's upload goes
/// through, with the reader's suggested mapping.
/// </summary>
public sealed class DemoBooks(PortfolioDbContext db, IWebHostEnvironment environment, TimeProvider clock)
{
    public static readonly IReadOnlyDictionary<string, string> BookOf = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [$"ana@{DemoSeeder.Domain}"] = "demo-ana.xlsx",
        [$"bruno@{DemoSeeder.Domain}"] = "demo-bruno.csv",
        [$"carla@{DemoSeeder.Domain}"] = "demo-carla.xlsx",
    };

    public string SamplesFolder => Path.Combine(PortfolioPaths.Root(environment.ContentRootPath), "samples");

    /// <summary>Imports <paramref name="fileName"/> for <paramref name="candidateId"/>; false when the sample is missing.</summary>
    public bool Import(string candidateId, string fileName)
    {
        var path = Path.Combine(SamplesFolder, fileName);
        if (!File.Exists(path))
            return false;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var options = new BookReadOptions { AsOf = today };
        using var stream = new MemoryStream(File.ReadAllBytes(path), writable: false);
        var inspection = BookInspector.Inspect(stream, options);
        var mapping = inspection.SuggestedMapping()
                      ?? throw new InvalidOperationException($"The sample {fileName} has no recognisable client column.");
        stream.Position = 0;
        var result = BookReader.Read(stream, options, mapping);
        var sheet = inspection.Sheets.First(s => s.Index == mapping.SheetIndex).Name;
        db.ClientBooks.Add(ClientBook.FromImport(candidateId, inspection.Format, sheet, today, clock.GetUtcNow(), result));
        return true;
    }
}
