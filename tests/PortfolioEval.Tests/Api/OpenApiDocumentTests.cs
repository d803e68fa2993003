using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Api;

/// <summary>The OpenAPI document is valid, describes every endpoint the API maps (and only those), and the reference page lists them.</summary>
[Collection(ApiPortals.Name)]
public class OpenApiDocumentTests(ApiPortal app)
{
    private async Task<OpenApiDocument> DocumentAsync()
    {
        using var client = app.ApiClient(null);
        using var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var read = await OpenApiDocument.LoadAsync(stream, "json", new OpenApiReaderSettings());
        Assert.Empty(read.Diagnostic?.Errors ?? []);
        return read.Document!;
    }

    /// <summary>What the portal maps under /api/v1, as (method, path) with route constraints left out.</summary>
    private IReadOnlyList<(string Method, string Path)> MappedEndpoints() =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true)
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods
                .Select(m => (m, e.RoutePattern.RawText!.Replace(":guid", "", StringComparison.Ordinal).TrimEnd('/'))))];

    [Fact]
    public async Task Document_IsValidOpenApi_WithTheBearerKeyScheme()
    {
        var document = await DocumentAsync();

        Assert.Equal("PortfolioEval API", document.Info.Title);
        var scheme = Assert.Single(document.Components!.SecuritySchemes!);
        Assert.Equal((SecuritySchemeType.Http, "bearer"), (scheme.Value.Type, scheme.Value.Scheme));
        Assert.All(document.Paths.Keys, p => Assert.StartsWith("/api/v1/", p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Document_HasEveryMappedEndpoint_AndNothingElse_EachWithItsScopeAndErrors()
    {
        var document = await DocumentAsync();
        var mapped = MappedEndpoints();

        var described = document.Paths.SelectMany(p => p.Value.Operations!.Select(o => (Method: o.Key.Method, Path: p.Key, Operation: o.Value))).ToList();

        Assert.Equal(mapped.Select(m => $"{m.Method} {m.Path}").Order(), described.Select(d => $"{d.Method} {d.Path}").Order());
        Assert.Equal(ApiWorld.Operations.Select(o => o.Name).Order(), described.Select(d => d.Operation.OperationId).Order());
        foreach (var (_, path, operation) in described)
        {
            var requirement = Assert.Single(operation.Security!);
            Assert.Single(Assert.Single(requirement).Value);
            Assert.Contains("401", operation.Responses!.Keys);
            Assert.Contains("429", operation.Responses.Keys);
            Assert.False(string.IsNullOrWhiteSpace(operation.Summary), path);
        }
    }

    [Fact]
    public async Task ReferencePage_ListsEveryOperation_InSpanish()
    {
        var page = await app.CreateBrowser().GetDocumentAsync("/Api");

        var paths = page.QuerySelectorAll("[data-testid=operation-path]").Select(p => p.TextContent).ToList();

        Assert.Equal(MappedEndpoints().Select(m => m.Path).Order(), paths.Order());
        Assert.Contains("Leer una vacante.", page.QuerySelector("[data-testid=operations]")!.TextContent, StringComparison.Ordinal);
    }
}
