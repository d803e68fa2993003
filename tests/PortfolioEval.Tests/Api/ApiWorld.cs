using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Api;
using PortfolioEval.Consent;
using PortfolioEval.Recruiting;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Api;

/// <summary>
/// What the authorization matrix reads, made once a portal: company A with an opening and three applications (two in
/// force, one expired), a second opening to close, a key for each scope and one for all; company B with a key for all.
/// </summary>
internal sealed record ApiWorld(
    Person AdminA, string CompanyA, Opening Opening, Opening Closable, CandidateConsent InForce, CandidateConsent Other, CandidateConsent Expired,
    IReadOnlyDictionary<ApiScope, string> KeysA, string AllScopesA, string AllScopesB)
{
    private static readonly ConcurrentDictionary<ApiPortal, Lazy<Task<ApiWorld>>> Worlds = new();

    public static Task<ApiWorld> OfAsync(ApiPortal app) => Worlds.GetOrAdd(app, a => new Lazy<Task<ApiWorld>>(() => MakeAsync(a))).Value;

    private static async Task<ApiWorld> MakeAsync(ApiPortal app)
    {
        var company = await app.NewCompanyAsync("Matriz API");
        var opening = await app.NewTradeOpeningAsync(company.Admin, "Ejecutivo/a B2B");
        var closable = await app.NewOpeningAsync(company, "Vacante para cerrar");
        var consents = new List<CandidateConsent>();
        foreach (var (sample, name) in new[] { ("demo-ana.xlsx", "Ana M."), ("demo-bruno.csv", "Bruno S."), ("demo-carla.xlsx", "Carla P.") })
        {
            var candidate = await app.NewCandidateWithBookAsync(sample);
            consents.Add(await app.GrantAsync(candidate, company.Admin, name, opening.Id));
        }
        // Time passes for the third: its consent ran out a minute ago.
        var expired = consents[2].Id;
        await app.WithDbAsync(db => db.Consents.Where(c => c.Id == expired)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));

        var keys = new Dictionary<ApiScope, string>();
        foreach (var scope in ApiScopes.Names.Keys)
            keys[scope] = await app.NewKeyAsync(company.Admin, scope, $"Solo {ApiScopes.Names[scope]}");
        var other = await app.NewCompanyAsync("Otra Empresa");
        return new ApiWorld(company.Admin, company.Name, opening, closable, consents[0], consents[1], consents[2], keys,
            await app.NewKeyAsync(company.Admin, ApiScopes.All, "Greenhouse"), await app.NewKeyAsync(other.Admin, ApiScopes.All, "Lever"));
    }

    /// <summary>Every operation of the API, with the one scope it needs (what the matrix crosses with every key).</summary>
    public static IReadOnlyList<ApiOperation> Operations { get; } =
    [
        new("ListOpenings", "GET", w => "/api/v1/openings", null, ApiScope.ReadOpenings),
        new("GetOpening", "GET", w => $"/api/v1/openings/{w.Opening.Id}", null, ApiScope.ReadOpenings),
        new("CreateOpening", "POST", w => "/api/v1/openings", """{"title":"Vacante por API","location":"Lima"}""", ApiScope.WriteOpenings),
        new("CloseOpening", "POST", w => $"/api/v1/openings/{w.Closable.Id}/close", null, ApiScope.WriteOpenings),
        new("ListApplications", "GET", w => $"/api/v1/openings/{w.Opening.Id}/applications", null, ApiScope.ReadApplications),
        new("GetApplication", "GET", w => $"/api/v1/applications/{w.InForce.Id}", null, ApiScope.ReadApplications),
        new("GetReport", "GET", w => $"/api/v1/applications/{w.InForce.Id}/report", null, ApiScope.ReadApplications),
        new("CompareApplications", "GET", w => $"/api/v1/comparisons?application={w.InForce.Id}&application={w.Other.Id}", null, ApiScope.ReadApplications),
        new("UpdateShortlist", "PUT", w => $"/api/v1/applications/{w.InForce.Id}/shortlist", """{"status":"Shortlisted"}""", ApiScope.WriteStatuses),
    ];

    public static ApiOperation Operation(string name) => Operations.Single(o => o.Name == name);
}

/// <summary>One operation: its name in the OpenAPI document, its method and path in the world, a body, and the scope it needs.</summary>
internal sealed record ApiOperation(string Name, string Method, Func<ApiWorld, string> Path, string? Body, ApiScope Scope)
{
    public Task<HttpResponseMessage> CallAsync(HttpClient client, ApiWorld world) =>
        client.SendJsonAsync(new HttpMethod(Method), Path(world), Body);
}
