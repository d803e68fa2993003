using System.Net;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Testing;

namespace PortfolioEval.Tests.Accounts;

public sealed class AdminBootstrapTests : IDisposable
{
    private readonly PortfolioFactory _app = PortfolioFactory.With(new Dictionary<string, string?> { ["Admin:Email"] = "first-admin@example.test" });

    [Fact]
    public async Task FirstAdmin_FromConfiguration_GetsAPrintedPasswordAndTheAdminHome()
    {
        _ = _app.Server;
        var line = _app.Console.ToString().Split('\n').Single(l => l.Contains("first-admin@example.test", StringComparison.Ordinal));
        var password = line[(line.LastIndexOf(' ') + 1)..].Trim();
        var client = _app.CreateBrowser();

        using var login = await client.LoginAsync("first-admin@example.test", password);
        using var home = await client.GetAsync("/Admin");

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("data-testid=\"admin-home\"", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();
}
