using System.Diagnostics;
using System.Net;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Security;

/// <summary>
/// The login's failure paths say the same and take as long: an unknown address, a wrong password, and a wrong password
/// for an address registered but not confirmed (ADR-001). Only the right password may learn "confirm your email".
/// </summary>
[Collection(ProductionHashing.Name)]
public class LoginTimingTests(ProductionHashingPortal app)
{
    private const string NotConfirmedMarker = "data-testid=\"email-not-confirmed\"";

    // Attempts a path, interleaved with the others so that a burst of load elsewhere falls on all three alike.
    private const int Attempts = 7;

    // Each path costs one password hash (~100 ms here); a leak is ~40 times faster. 3x holds on a busy 2-core machine.
    private const double Tolerance = 3.0;

    [Fact]
    public async Task Login_WrongPasswordForAnUnconfirmedAccount_AnswersLikeAnyFailure()
    {
        var email = AccountSteps.NewEmail("unconfirmed");
        (await app.CreateBrowser().RegisterCandidateAsync(email)).Dispose();

        using var wrong = await app.CreateBrowser().LoginAsync(email, "NotThePassword1");
        using var right = await app.CreateBrowser().LoginAsync(email);

        var wrongBody = await wrong.Content.ReadAsStringAsync();
        Assert.DoesNotContain(NotConfirmedMarker, wrongBody, StringComparison.Ordinal);
        Assert.Contains("validation-summary-errors", wrongBody, StringComparison.Ordinal);
        Assert.Contains(NotConfirmedMarker, await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_EveryFailurePath_TakesAboutAsLongAsTheOthers()
    {
        var confirmed = AccountSteps.NewEmail("timed");
        await app.CreateBrowser().SignUpAndLoginAsync(app, confirmed, (c, e) => c.RegisterCandidateAsync(e));
        var unconfirmed = AccountSteps.NewEmail("timed-unconfirmed");
        (await app.CreateBrowser().RegisterCandidateAsync(unconfirmed)).Dispose();
        var paths = new Dictionary<string, string>
        {
            ["unknown address"] = AccountSteps.NewEmail("nobody"),
            ["wrong password"] = confirmed,
            ["unconfirmed, wrong password"] = unconfirmed,
        };
        var form = await LoginForm.OpenAsync(app.CreateBrowser());
        await form.PostAsync(AccountSteps.NewEmail("warm-up"), "NotThePassword1");

        var times = paths.Keys.ToDictionary(k => k, _ => new List<double>());
        var revealed = new HashSet<string>();
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            foreach (var (path, email) in paths)
            {
                var (elapsed, body) = await form.PostAsync(email, $"Wrong-password-{attempt}");
                times[path].Add(elapsed.TotalMilliseconds);
                if (body.Contains(NotConfirmedMarker, StringComparison.Ordinal))
                    revealed.Add(path);
            }
        }

        var medians = times.ToDictionary(t => t.Key, t => Median(t.Value));
        var summary = string.Join(", ", medians.Select(m => $"{m.Key}: {m.Value:F1} ms"));
        Assert.True(medians.Values.Max() <= Tolerance * medians.Values.Min(), "Failure paths differ in time: " + summary);
        Assert.Empty(revealed);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The login form opened once, posted many times with its antiforgery token, timing only the post.</summary>
    private sealed class LoginForm(HttpClient client, string token)
    {
        public static async Task<LoginForm> OpenAsync(HttpClient client)
        {
            var page = await client.GetDocumentAsync("/Account/Login");
            var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")?.GetAttribute("value")
                        ?? throw new InvalidOperationException("The login form has no antiforgery token.");
            return new LoginForm(client, token);
        }

        public async Task<(TimeSpan Elapsed, string Body)> PostAsync(string email, string password)
        {
            using var content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Input.Email"] = email,
                ["Input.Password"] = password,
            });
            var clock = Stopwatch.StartNew();
            using var response = await client.PostAsync("/Account/Login", content);
            clock.Stop();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (clock.Elapsed, await response.Content.ReadAsStringAsync());
        }
    }
}
