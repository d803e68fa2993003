using System.Net;
using PortfolioEval.Testing;

namespace PortfolioEval.Tests.Infrastructure;

/// <summary>The account steps many tests start with, done through the real pages.</summary>
public static class AccountSteps
{
    public const string Password = "Cartera2026segura";

    public static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.test";

    public static Task<HttpResponseMessage> RegisterCandidateAsync(this HttpClient client, string email, string name = "Ana Prueba") =>
        client.SubmitAsync("/Account/Register", new Dictionary<string, string>
        {
            ["Input.Role"] = "Candidate",
            ["Input.DisplayName"] = name,
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        });

    public static Task<HttpResponseMessage> RegisterRecruiterAsync(
        this HttpClient client, string email, string? companyName = null, string? invitationCode = null) =>
        client.SubmitAsync("/Account/Register", new Dictionary<string, string>
        {
            ["Input.Role"] = "Recruiter",
            ["Input.DisplayName"] = "Rita Reclutadora",
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
            ["Input.Company"] = invitationCode is null ? "Create" : "Join",
            ["Input.CompanyName"] = companyName ?? "",
            ["Input.CompanyCountry"] = companyName is null ? "" : "Perú",
            ["Input.CompanySector"] = companyName is null ? "" : "Minería",
            ["Input.InvitationCode"] = invitationCode ?? "",
        });

    public static Task<HttpResponseMessage> LoginAsync(this HttpClient client, string email, string password = Password) =>
        client.SubmitAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    /// <summary>Opens the confirmation link from the outbox, as the person would.</summary>
    public static async Task ConfirmEmailAsync(this HttpClient client, Outbox outbox, string email)
    {
        var link = outbox.LinkIn(email, "/Account/ConfirmEmail");
        using var response = await client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("email-confirmed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Register, confirm and log in; returns where the login led.</summary>
    public static async Task<string> SignUpAndLoginAsync(this HttpClient client, PortfolioFactory app, string email, Func<HttpClient, string, Task<HttpResponseMessage>> register)
    {
        using (var registered = await register(client, email))
            Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        await client.ConfirmEmailAsync(app.Outbox, email);
        using var login = await client.LoginAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        using var home = await client.GetAsync(login.Headers.Location);
        return home.Headers.Location?.OriginalString ?? login.Headers.Location!.OriginalString;
    }
}
