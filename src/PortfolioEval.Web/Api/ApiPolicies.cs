using Microsoft.AspNetCore.Authorization;
using PortfolioEval.Api;

namespace PortfolioEval.Web.Api;

/// <summary>The names of the API's authorization policies (one a scope) and of its rate limit.</summary>
public static class ApiPolicies
{
    public const string RateLimit = "api-key";

    /// <summary>The policy an endpoint needing <paramref name="scope"/> asks for: a key holding that scope.</summary>
    public static string For(ApiScope scope) => "api:" + ApiScopes.Names[scope];

    /// <summary>The scope names an endpoint's metadata asks for (what the OpenAPI document and the reference page show).</summary>
    public static IReadOnlyList<string> ScopesOf(IEnumerable<object> endpointMetadata) =>
        [.. endpointMetadata.OfType<IAuthorizeData>().Select(a => a.Policy)
            .SelectMany(policy => ApiScopes.Names.Where(n => For(n.Key) == policy).Select(n => n.Value))
            .Distinct(StringComparer.Ordinal)];
}
