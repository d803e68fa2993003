using PortfolioEval.Books;
using PortfolioEval.Web.Books;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Demo;

/// <summary>
/// Imports the repository's sample books for the demo candidates through the same steps a person's upload goes
/// through (checked, pseudonymised, encrypted), with the reader's suggested mapping.
/// </summary>
public sealed class DemoBooks(BookImports imports, IWebHostEnvironment environment)
{
    public static readonly IReadOnlyDictionary<string, string> BookOf = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [$"ana@{DemoSeeder.Domain}"] = "demo-ana.xlsx",
        [$"bruno@{DemoSeeder.Domain}"] = "demo-bruno.csv",
        [$"carla@{DemoSeeder.Domain}"] = "demo-carla.xlsx",
        [$"diego@{DemoSeeder.Domain}"] = "cartera-es.xlsx",
        [$"elena@{DemoSeeder.Domain}"] = "crm-export-en.csv",
        [$"fabio@{DemoSeeder.Domain}"] = "ventas-transaccional.xlsx",
    };

    public string SamplesFolder => Path.Combine(PortfolioPaths.Root(environment.ContentRootPath), "samples");

    /// <summary>Imports <paramref name="fileName"/> for <paramref name="candidateId"/>; null when the sample is missing.</summary>
    public async Task<ClientBook?> ImportAsync(string candidateId, string fileName, CancellationToken cancellation = default)
    {
        var path = Path.Combine(SamplesFolder, fileName);
        if (!File.Exists(path))
            return null;
        var choice = new MappingChoice(null, null, "es-PE", null);
        var upload = await imports.UploadAsync(candidateId, await File.ReadAllBytesAsync(path, cancellation), fileName, choice.CultureName, cancellation);
        var (inspection, _) = await imports.InspectAsync(upload.Upload ?? throw Unreadable(fileName, upload.Error), choice, cancellation);
        var mapping = inspection?.SuggestedMapping() ?? throw Unreadable(fileName, null);
        var (book, error) = await imports.ImportAsync(upload.Upload, choice, mapping, inspection, cancellation);
        return book ?? throw Unreadable(fileName, error);
    }

    private static InvalidOperationException Unreadable(string fileName, BookError? error) =>
        new($"The sample {fileName} could not be imported ({error?.ToString() ?? "no client column"}).");
}
