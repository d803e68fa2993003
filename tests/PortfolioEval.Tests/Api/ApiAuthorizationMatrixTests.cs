using System.Net;
using PortfolioEval.Api;

namespace PortfolioEval.Tests.Api;

/// <summary>
/// Every operation × every key scope, another company's key, no key, a revoked key, and an expired consent: a key
/// opens exactly what its scope names, only its own company's resources, and a report only while the consent is in force.
/// </summary>
[Collection(ApiPortals.Name)]
public class ApiAuthorizationMatrixTests(ApiPortal app)
{
    public static TheoryData<string, ApiScope> EveryOperationWithEveryScope()
    {
        var data = new TheoryData<string, ApiScope>();
        foreach (var operation in ApiWorld.Operations)
            foreach (var scope in ApiScopes.Names.Keys)
                data.Add(operation.Name, scope);
        return data;
    }

    public static TheoryData<string> EveryOperation() => [.. ApiWorld.Operations.Select(o => o.Name)];

    public static TheoryData<string> EveryOperationOnOneResource() =>
        [.. ApiWorld.Operations.Where(o => o.Name is not ("ListOpenings" or "CreateOpening")).Select(o => o.Name)];

    [Theory]
    [MemberData(nameof(EveryOperationWithEveryScope))]
    public async Task Operation_WithAKeyOfOneScope_SucceedsOnlyWhenTheScopeIsTheOneItNeeds(string name, ApiScope scope)
    {
        var world = await ApiWorld.OfAsync(app);
        var operation = ApiWorld.Operation(name);
        using var client = app.ApiClient(world.KeysA[scope]);

        using var response = await operation.CallAsync(client, world);

        if (scope == operation.Scope)
            Assert.True(response.IsSuccessStatusCode, $"{name} with {scope}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [MemberData(nameof(EveryOperationOnOneResource))]
    public async Task Operation_WithAnotherCompanysKey_IsNotFound(string name)
    {
        var world = await ApiWorld.OfAsync(app);
        using var client = app.ApiClient(world.AllScopesB);

        using var response = await ApiWorld.Operation(name).CallAsync(client, world);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ListOpenings_WithAnotherCompanysKey_ListsNoneOfThisCompanysOpenings()
    {
        var world = await ApiWorld.OfAsync(app);
        using var client = app.ApiClient(world.AllScopesB);

        var page = await (await client.GetAsync("/api/v1/openings")).JsonAsync();

        Assert.DoesNotContain(page.GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetGuid() == world.Opening.Id);
    }

    [Theory]
    [MemberData(nameof(EveryOperation))]
    public async Task Operation_WithoutAKeyOrWithAnUnknownOne_IsUnauthorized(string name)
    {
        var world = await ApiWorld.OfAsync(app);
        var operation = ApiWorld.Operation(name);
        using var anonymous = app.ApiClient(null);
        using var forged = app.ApiClient(world.AllScopesA[..^4] + "AAAA");
        using var garbage = app.ApiClient("not-a-key");

        foreach (var client in new[] { anonymous, forged, garbage })
        {
            using var response = await operation.CallAsync(client, world);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        }
    }

    [Theory]
    [MemberData(nameof(EveryOperation))]
    public async Task Operation_WithARevokedKey_IsUnauthorizedFromTheNextCall(string name)
    {
        var world = await ApiWorld.OfAsync(app);
        var key = await app.NewKeyAsync(world.AdminA, ApiScopes.All, "Para revocar");
        using var client = app.ApiClient(key);
        using var before = await client.GetAsync("/api/v1/openings");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        await app.RevokeKeyAsync(world.AdminA, key);
        using var response = await ApiWorld.Operation(name).CallAsync(client, world);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ExpiredConsent_ReportShortlistAndComparisonAreNotFound_TheApplicationSaysExpired()
    {
        var world = await ApiWorld.OfAsync(app);
        using var client = app.ApiClient(world.AllScopesA);

        using var report = await client.GetAsync($"/api/v1/applications/{world.Expired.Id}/report");
        using var shortlist = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/applications/{world.Expired.Id}/shortlist", """{"status":"Hired"}""");
        using var comparison = await client.GetAsync($"/api/v1/comparisons?application={world.InForce.Id}&application={world.Expired.Id}");
        var application = await (await client.GetAsync($"/api/v1/applications/{world.Expired.Id}")).JsonAsync();

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], [report.StatusCode, shortlist.StatusCode, comparison.StatusCode]);
        Assert.Equal("Expired", application.GetProperty("consentState").GetString());
        Assert.Equal("New", application.GetProperty("status").GetString());
    }
}
