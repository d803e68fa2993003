using System.Net;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Security;

/// <summary>The auth cookie as someone who copied it would hold it: a header to replay from another client.</summary>
internal static class SessionCookies
{
    public const string AuthCookie = "PortfolioEval.Auth";

    /// <summary>Registers a candidate, confirms and logs in with <paramref name="client"/>; returns the login's answer.</summary>
    public static async Task<HttpResponseMessage> RegisterConfirmAndLoginAsync(this HttpClient client, PortfolioFactory app, string email)
    {
        using (var registered = await client.RegisterCandidateAsync(email))
            Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        await client.ConfirmEmailAsync(app.Outbox, email);
        var login = await client.LoginAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return login;
    }

    /// <summary>The <c>Set-Cookie</c> lines of a response for cookies whose name starts with <paramref name="name"/>.</summary>
    public static IReadOnlyList<string> SetCookies(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? [.. values.Where(v => v.StartsWith(name, StringComparison.Ordinal))]
            : [];

    /// <summary>A <c>Cookie</c> header that carries the auth cookie (all its chunks) the login set.</summary>
    public static string CopyAuthCookie(HttpResponseMessage login)
    {
        var pairs = SetCookies(login, AuthCookie).Select(line => line.Split(';', 2)[0]).ToList();
        Assert.NotEmpty(pairs);
        return string.Join("; ", pairs);
    }

    /// <summary>A GET from a client that has nothing but the copied cookie.</summary>
    public static async Task<HttpResponseMessage> ReplayAsync(this PortfolioFactory app, string cookie, string path)
    {
        var thief = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await thief.SendAsync(request);
    }
}
