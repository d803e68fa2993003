using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Cluster;

/// <summary>Consent is read from the database on every request, by whichever node answers (ADR-005).</summary>
public sealed class ClusterConsentTests
{
    private const int Connections = 4;

    [PostgresFact]
    public async Task ConsentRevokedOnA_IsNotFoundOnBOnTheVeryNextRequest_WhileBothServe()
    {
        using var cluster = new TwoNodes();
        var company = await cluster.A.NewCompanyAsync();
        var candidate = await cluster.A.NewCandidateWithBookAsync("demo-carla.xlsx");
        var sharedName = $"Racer {Guid.NewGuid():N}"[..14];
        var consent = await cluster.A.GrantAsync(candidate, company.Admin, sharedName);
        using var recruiter = cluster.NewBrowser(Route.A);
        Assert.Equal(HttpStatusCode.Redirect, (await recruiter.LoginAsync(company.Admin.Email)).StatusCode);
        recruiter.Route = Route.RoundRobin;
        var responses = new ConcurrentBag<(long Started, HttpStatusCode Status, bool HoldsReport)>();
        using var stop = new CancellationTokenSource();

        async Task KeepAskingAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await recruiter.GetAsync($"/Recruiter/Reports/{candidate.BookId}");
                var body = await response.Content.ReadAsStringAsync();
                responses.Add((started, response.StatusCode, body.Contains(sharedName, StringComparison.Ordinal)));
            }
        }

        var askers = Enumerable.Range(0, Connections).Select(_ => Task.Run(KeepAskingAsync)).ToArray();
        await WaitUntilAsync(() => responses.Count(r => r.Status == HttpStatusCode.OK) >= 6);
        var confirmation = await candidate.Client.GetDocumentAsync($"/Candidate/Consents/Revoke/{consent.Id}");
        using (var revoked = await candidate.Client.SubmitAsync(confirmation, $"/Candidate/Consents/Revoke/{consent.Id}",
                   new Dictionary<string, string>(), "form[data-testid=revoke]"))
            Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var committed = Stopwatch.GetTimestamp();
        await WaitUntilAsync(() => responses.Count(r => r.Started > committed) >= 20);
        await stop.CancelAsync();
        await Task.WhenAll(askers);

        Assert.Contains(responses, r => r.Started < committed && r.HoldsReport);
        var after = responses.Where(r => r.Started > committed).ToList();
        Assert.All(after, r => Assert.Equal(HttpStatusCode.NotFound, r.Status));
        Assert.DoesNotContain(after, r => r.HoldsReport);
        Assert.Contains('A', recruiter.Served);
        Assert.Contains('B', recruiter.Served);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 60;
        while (!condition())
        {
            if (Stopwatch.GetTimestamp() > deadline)
                throw new TimeoutException("The recruiter's requests did not come back in time.");
            await Task.Delay(20);
        }
    }
}
