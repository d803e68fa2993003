using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Api;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Api;
using PortfolioEval.Web.Webhooks;

namespace PortfolioEval.Tests.Api;

/// <summary>
/// A portal for the API's tests: webhooks may go to 127.0.0.1 over HTTP (as in Development), and the background
/// sender is off, so a test runs the worker's rounds itself (<see cref="SendWebhooksAsync"/>) and sees each one.
/// </summary>
public sealed class ApiPortal() : PortfolioFactory(new Dictionary<string, string?>
{
    ["Webhooks:AllowLoopbackHttp"] = "true",
    ["Webhooks:Send"] = "false",
    ["Api:RequestsPerMinute"] = "100000",
})
{
    /// <summary>One round of the webhook worker, as a node runs it: expiries, then every due delivery it claims.</summary>
    public Task<int> SendWebhooksAsync() => Services.GetRequiredService<WebhookWorker>().RunOnceAsync(CancellationToken.None);
}

[CollectionDefinition(Name)]
public sealed class ApiPortals : ICollectionFixture<ApiPortal>
{
    public const string Name = "API portal";
}

/// <summary>Calls to the API with a key, as an applicant-tracking system makes them.</summary>
internal static class ApiSteps
{
    /// <summary>A key of the admin's company made straight through the service the API keys page uses; returns its secret.</summary>
    public static async Task<string> NewKeyAsync(this PortfolioFactory app, Person admin, ApiScope scopes, string name = "ATS")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var companyId = await app.CompanyIdAsync(admin);
        var (_, secret) = await scope.ServiceProvider.GetRequiredService<CompanyApiKeys>().CreateAsync(companyId, admin.Id, name, scopes, CancellationToken.None);
        return secret;
    }

    /// <summary>The admin revokes the key whose secret is <paramref name="secret"/>, through the service the API keys page uses.</summary>
    public static async Task RevokeKeyAsync(this PortfolioFactory app, Person admin, string secret)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var prefix = ApiKey.PrefixOf(secret);
        var companyId = await app.CompanyIdAsync(admin);
        var keyId = await app.WithDbAsync(db => db.ApiKeys.Where(k => k.Prefix == prefix).Select(k => k.Id).SingleAsync());
        Assert.True(await scope.ServiceProvider.GetRequiredService<CompanyApiKeys>().RevokeAsync(companyId, keyId, CancellationToken.None));
    }

    /// <summary>A client of the portal that sends <paramref name="key"/> as its bearer token, and asks for labels in <paramref name="language"/>.</summary>
    public static HttpClient ApiClient(this PortfolioFactory app, string? key, string language = "en")
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (key is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public static async Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string url, string? json)
    {
        using var request = new HttpRequestMessage(method, url);
        if (json is not null)
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return await client.SendAsync(request);
    }
}
