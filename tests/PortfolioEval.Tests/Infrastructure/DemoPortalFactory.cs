using System.Collections.Concurrent;
using System.Net;
using PortfolioEval.Web.Demo;
using PortfolioEval.Testing;

namespace PortfolioEval.Tests.Infrastructure;

/// <summary>
/// A portal started as with <c>--demo</c>. The demo passwords are printed once at start-up; the tests read them
/// from there, as a person would.
/// </summary>
public sealed class DemoPortalFactory : PortfolioFactory
{
    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> _sessions = new(StringComparer.Ordinal);

    public DemoPortalFactory() : base(new Dictionary<string, string?> { ["Demo:Enabled"] = "true" }) { }

    /// <summary>The demo accounts' passwords, as printed on the console: email → password.</summary>
    public IReadOnlyDictionary<string, string> PrintedPasswords()
    {
        _ = Server; // start the portal, which seeds and prints
        return Console.ToString()
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length == 3 && parts[1].EndsWith("@" + DemoSeeder.Domain, StringComparison.Ordinal))
            .ToDictionary(parts => parts[1], parts => parts[2], StringComparer.Ordinal);
    }

    /// <summary>A client logged in as <paramref name="email"/> (anonymous when null), one per account, reused.</summary>
    public Task<HttpClient> LoggedInAsync(string? email) =>
        _sessions.GetOrAdd(email ?? "", key => new Lazy<Task<HttpClient>>(() => LogInAsync(key))).Value;

    private async Task<HttpClient> LogInAsync(string email)
    {
        var client = CreateBrowser();
        if (email.Length == 0)
            return client;
        using var login = await client.LoginAsync(email, PrintedPasswords()[email]);
        if (login.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Demo login as {email} failed.");
        return client;
    }
}
