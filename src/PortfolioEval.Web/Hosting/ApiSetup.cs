using System.Text.Json.Serialization;
using PortfolioEval.Api;
using PortfolioEval.Web.Api;

namespace PortfolioEval.Web.Hosting;

public static class ApiSetup
{
    /// <summary>
    /// The company API: keys as bearer tokens (a scheme of their own beside the cookie), one policy a scope, a rate
    /// limit a key, problem details for errors, and the OpenAPI document.
    /// </summary>
    public static IServiceCollection AddPortfolioApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiOptions>()
            .Bind(configuration.GetSection(ApiOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<CompanyApiKeys>();
        services.AddAuthentication()
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        var authorization = services.AddAuthorizationBuilder();
        foreach (var (scope, name) in ApiScopes.Names)
            authorization.AddPolicy(ApiPolicies.For(scope), p => p
                .AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName)
                .RequireAuthenticatedUser()
                .RequireClaim(ApiKeyAuthentication.ScopeClaim, name));
        services.AddRateLimiter(o => { });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>()
            .Configure<IServiceProvider>(ApiRateLimits.Configure);
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi(ApiDocument.Name, ApiDocument.Configure);
        return services;
    }

    /// <summary><c>/api/v1/…</c> and its OpenAPI document at <c>/openapi/v1.json</c>.</summary>
    public static void MapPortfolioApi(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapApiV1();
    }
}
