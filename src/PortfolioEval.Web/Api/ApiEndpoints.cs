namespace PortfolioEval.Web.Api;

/// <summary>Every endpoint of <c>/api/v1</c>; a path the API does not know answers a problem-details 404, never a page.</summary>
public static class ApiEndpoints
{
    public const string Prefix = "/api/v1";

    public static RouteGroupBuilder MapApiV1(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).RequireRateLimiting(ApiPolicies.RateLimit);
        api.MapOpenings();
        api.MapApplications();
        api.MapReports();
        app.Map("/api/{**path}", () => ApiProblems.NotFound()).ExcludeFromDescription();
        return api;
    }
}
