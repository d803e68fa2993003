using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Accounts;
using PortfolioEval.Data;
using PortfolioEval.Tests.Books;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Testing;
using PortfolioEval.Web.Consent;

namespace PortfolioEval.Tests.Consent;

/// <summary>
/// A recruiter keeps asking for a report from several connections while the candidate revokes. Whatever the
/// interleaving, no request that starts after the revocation has committed may get the report.
/// </summary>
[Collection(SharedPortal.Consent)]
public class RevocationRaceTests(PortfolioFactory app)
{
    private const int Connections = 4;

    [Fact]
    public async Task Revoke_WhileARecruiterKeepsAsking_NoLaterResponseHoldsTheReport()
    {
        var (candidate, recruiter, bookId, consentId, sharedName) = await ConsentedBookAsync();
        var responses = new ConcurrentBag<(long Started, HttpStatusCode Status, bool HoldsReport)>();
        using var stop = new CancellationTokenSource();

        async Task KeepAskingAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await recruiter.GetAsync($"/Recruiter/Reports/{bookId}");
                var body = await response.Content.ReadAsStringAsync();
                responses.Add((started, response.StatusCode, body.Contains(sharedName, StringComparison.Ordinal) || body.Contains("composite-score", StringComparison.Ordinal)));
            }
        }

        var askers = Enumerable.Range(0, Connections).Select(_ => Task.Run(KeepAskingAsync)).ToArray();
        await WaitUntilAsync(() => responses.Count(r => r.Status == HttpStatusCode.OK) >= 5);
        var confirmation = await candidate.GetDocumentAsync($"/Candidate/Consents/Revoke/{consentId}");
        using (var revoked = await candidate.SubmitAsync(confirmation, $"/Candidate/Consents/Revoke/{consentId}", new Dictionary<string, string>(),
                   $"form[data-testid=revoke][action*='{consentId}']"))
            Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var committed = Stopwatch.GetTimestamp();
        await WaitUntilAsync(() => responses.Count(r => r.Started > committed) >= 20);
        await stop.CancelAsync();
        await Task.WhenAll(askers);

        Assert.Contains(responses, r => r.Started < committed && r.HoldsReport);
        var after = responses.Where(r => r.Started > committed).ToList();
        Assert.All(after, r => Assert.Equal(HttpStatusCode.NotFound, r.Status));
        Assert.DoesNotContain(after, r => r.HoldsReport);
    }

    private async Task<(HttpClient Candidate, HttpClient Recruiter, Guid BookId, Guid ConsentId, string SharedName)> ConsentedBookAsync()
    {
        var candidate = app.CreateBrowser();
        var email = AccountSteps.NewEmail("candidate");
        await candidate.SignUpAndLoginAsync(app, email, (c, e) => c.RegisterCandidateAsync(e));
        await candidate.ConfirmMappingAsync(await candidate.UploadBookAsync("cartera.xlsx", await File.ReadAllBytesAsync(RepositoryFiles.Sample("demo-carla.xlsx"))));
        var recruiter = app.CreateBrowser();
        var companyName = $"Race {Guid.NewGuid():N}";
        await recruiter.SignUpAndLoginAsync(app, AccountSteps.NewEmail("recruiter"), (c, e) => c.RegisterRecruiterAsync(e, companyName));

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var company = await db.HiringCompanies.SingleAsync(c => c.Name == companyName);
        var owner = (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email))!;
        var book = await db.ClientBooks.SingleAsync(b => b.CandidateId == owner.Id);
        var sharedName = $"Racer {Guid.NewGuid():N}"[..14];
        var consent = await scope.ServiceProvider.GetRequiredService<ConsentGrants>().GrantAsync(owner, book, company, null, sharedName,
            null, scope.ServiceProvider.GetRequiredService<ConsentNotices>().For(new Uri("http://localhost/"), "es"), CancellationToken.None);
        return (candidate, recruiter, book.Id, consent.Id, sharedName);
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
