using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using PortfolioEval.Web.Books;

namespace PortfolioEval.Web.Hosting;

public static class BooksSetup
{
    /// <summary>Room above the upload limit for the form's other fields, so a file just over it gets a clear message.</summary>
    private const long FormOverhead = 1024 * 1024;

    public static IServiceCollection AddPortfolioBooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ImportOptions>()
            .Bind(configuration.GetSection(ImportOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var maxBody = (configuration.GetSection(ImportOptions.Section).Get<ImportOptions>() ?? new()).MaxUploadBytes + FormOverhead;
        services.Configure<FormOptions>(o =>
        {
            o.MultipartBodyLengthLimit = maxBody;
            // Uploads stay in memory: ASP.NET would otherwise spill files over 64 KB to a plaintext temp file.
            o.MemoryBufferThreshold = (int)Math.Min(maxBody, int.MaxValue);
        });
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = maxBody);

        services.AddScoped<BookImports>();
        // Imports run in the background, from a queue in the database every node shares.
        services.AddScoped<ImportJobs>();
        services.AddSingleton<ImportSignal>();
        services.AddSingleton<ImportWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<ImportWorker>());
        services.AddScoped<Privacy.CandidateKeys>();
        services.AddScoped<Privacy.ClientLabels>();
        services.AddScoped<Privacy.Erasure>();
        services.AddScoped<Privacy.CandidateExport>();
        services.AddScoped<Scoring.BookReports>();
        services.AddScoped<Currencies.ExchangeRates>();
        services.AddScoped<Scoring.ReportTexts>();
        services.AddSingleton<PortfolioEval.Scoring.ISectorTaxonomy>(_ => PortfolioEval.Sectors.IsicTaxonomy.Instance);
        services.AddScoped<CandidateBooks>();
        services.AddScoped<BookTexts>();
        services.AddScoped<PreviewInterpreter>();
        return services;
    }
}
