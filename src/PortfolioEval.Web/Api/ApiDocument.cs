using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PortfolioEval.Web.Api;

/// <summary>
/// What the OpenAPI document says beyond the endpoints themselves: the title, the bearer key, and on each operation the
/// scope it needs and that it may answer 401, 403 and 429.
/// </summary>
public static class ApiDocument
{
    public const string Name = "v1";
    public const string BearerScheme = "bearer";

    public static void Configure(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "PortfolioEval API",
                Version = "v1",
                Description = "Read the reports candidates consented to share with your company, under the same consent rule as the portal's pages. "
                    + "Send a company API key as 'Authorization: Bearer <key>'. Lists are paged with 'cursor' and 'limit'; answers carry an ETag; "
                    + "errors are RFC 9457 problem details; labels follow Accept-Language (es, en). See docs/API.md.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A company API key (pe_…), made by a company admin on the portal's API keys page.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var scopes = ApiPolicies.ScopesOf(context.Description.ActionDescriptor.EndpointMetadata);
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [.. scopes] }];
            if (scopes.Count > 0)
                operation.Description = $"{operation.Description} Needs a key with the scope '{string.Join("', '", scopes)}'.".Trim();
            operation.Responses ??= new OpenApiResponses();
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No key, an unknown key, or a revoked one." });
            operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The key does not have the scope this needs." });
            operation.Responses.TryAdd("429", new OpenApiResponse { Description = "Too many calls with this key; see Retry-After." });
            return Task.CompletedTask;
        });
    }
}
