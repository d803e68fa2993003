using System.Net;
using PortfolioEval.Api;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Api;

/// <summary>Each key has its own budget of calls a minute; beyond it, 429 with Retry-After, and another key is not affected.</summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly PortfolioFactory _app = PortfolioFactory.With(new Dictionary<string, string?>
    {
        ["Api:RequestsPerMinute"] = "3",
        ["Webhooks:Send"] = "false",
    });

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task AKeyOverItsBudget_Gets429WithRetryAfter_WhileAnotherKeyIsServed()
    {
        var company = await _app.NewCompanyAsync("Límites API");
        using var busy = _app.ApiClient(await _app.NewKeyAsync(company.Admin, ApiScope.ReadOpenings, "Ocupada"));
        using var quiet = _app.ApiClient(await _app.NewKeyAsync(company.Admin, ApiScope.ReadOpenings, "Tranquila"));

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 4; i++)
        {
            var response = await busy.GetAsync("/api/v1/openings");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                refused = response;
            else
                response.Dispose();
        }
        using var other = await quiet.GetAsync("/api/v1/openings");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(refused);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        refused.Dispose();
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }
}
