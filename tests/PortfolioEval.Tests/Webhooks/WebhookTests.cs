using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Api;
using PortfolioEval.Tests.Api;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Webhooks;

namespace PortfolioEval.Tests.Webhooks;

/// <summary>
/// Webhooks end to end: an endpoint registered on the page, a receiver on 127.0.0.1 that checks each signature with
/// the secret the page showed once, retries after failures, one send per delivery however many nodes, ids only.
/// </summary>
[Collection(ApiPortals.Name)]
public class WebhookTests(ApiPortal app)
{
    private const string Page = "/Recruiter/Webhooks";

    private static async Task<string> RegisterAsync(Person admin, string url)
    {
        using var response = await admin.Client.SubmitAsync(Page, new Dictionary<string, string> { ["Input.Url"] = url }, "[data-testid=add-endpoint] form");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        return page.QuerySelector("[data-testid=new-endpoint-secret]")?.GetAttribute("value")
               ?? throw new InvalidOperationException("No secret shown: " + page.QuerySelector(".text-danger, .validation-summary-errors")?.TextContent);
    }

    private static JsonElement Json(ReceivedWebhook received) => JsonDocument.Parse(received.Body).RootElement;

    private static void AssertSigned(ReceivedWebhook received, string secret) =>
        Assert.True(WebhookSignature.Verify(Encoding.UTF8.GetBytes(secret), received.Header(WebhookSignature.TimestampHeader),
            received.Header(WebhookSignature.SignatureHeader), received.Body, DateTimeOffset.UtcNow, WebhookSignature.Tolerance),
            "The signature does not verify with the endpoint's secret.");

    [Fact]
    public async Task Application_IsAnnouncedToTheReceiver_SignedWithTheSecretShownOnce_WithIdsOnly()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var company = await app.NewCompanyAsync("Webhook Uno");
        var secret = await RegisterAsync(company.Admin, receiver.Url);
        var opening = await app.NewTradeOpeningAsync(company.Admin);
        var candidate = await app.NewCandidateWithBookAsync();

        var consent = await app.GrantAsync(candidate, company.Admin, "Bruno S.", opening.Id);
        await app.SendWebhooksAsync();

        var received = receiver.Received.ToList();
        Assert.Equal(["application.received", "consent.granted"], received.Select(r => r.Header(WebhookSignature.EventHeader)).Order());
        foreach (var webhook in received)
        {
            AssertSigned(webhook, secret);
            var data = Json(webhook).GetProperty("data");
            Assert.Equal((consent.Id, opening.Id), (data.GetProperty("applicationId").GetGuid(), data.GetProperty("openingId").GetGuid()));
            var body = Encoding.UTF8.GetString(webhook.Body);
            Assert.DoesNotContain("Bruno", body, StringComparison.Ordinal);
            Assert.DoesNotContain("score", body, StringComparison.OrdinalIgnoreCase);
        }
        Assert.False(WebhookSignature.Verify(Encoding.UTF8.GetBytes(secret), received[0].Header(WebhookSignature.TimestampHeader),
            received[0].Header(WebhookSignature.SignatureHeader), [.. received[0].Body, (byte)' '], DateTimeOffset.UtcNow, WebhookSignature.Tolerance));
        var shown = await company.Admin.Client.GetDocumentAsync(Page);
        Assert.Null(shown.QuerySelector("[data-testid=new-endpoint-secret]"));
        Assert.DoesNotContain(secret, shown.Source.Text, StringComparison.Ordinal);
        Assert.Equal(["200", "200"], shown.QuerySelectorAll("[data-testid=last-status]").Select(c => c.TextContent));
        var stored = await app.WithDbAsync(db => db.WebhookEndpoints.AsNoTracking().SingleAsync(e => e.Url == receiver.Url));
        Assert.DoesNotContain(secret, stored.ProtectedSecret, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailingReceiver_IsTriedAgainAfterABackoff_ThenDelivered_AndThePageShowsEachAnswer()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var company = await app.NewCompanyAsync("Webhook Dos");
        await RegisterAsync(company.Admin, receiver.Url);
        var candidate = await app.NewCandidateWithBookAsync();
        receiver.AnswerNext(503);

        var consent = await app.GrantAsync(candidate, company.Admin, "Bruno S.");
        var before = DateTimeOffset.UtcNow;
        await app.SendWebhooksAsync();
        var failed = await app.WithDbAsync(db => db.WebhookDeliveries.AsNoTracking().SingleAsync(d => d.CompanyId == consent.CompanyId));
        await app.SendWebhooksAsync(); // not due yet: nothing is sent
        Assert.Single(receiver.Received);
        await app.WithDbAsync(db => db.WebhookDeliveries.Where(d => d.Id == failed.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, DateTimeOffset.UtcNow.AddSeconds(-1))));
        await app.SendWebhooksAsync();

        Assert.Equal((1, 503), (failed.Attempts, failed.LastStatus));
        Assert.InRange(failed.NextAttemptAt!.Value - before, TimeSpan.FromSeconds(29), TimeSpan.FromSeconds(40));
        var delivered = await app.WithDbAsync(db => db.WebhookDeliveries.AsNoTracking().SingleAsync(d => d.Id == failed.Id));
        Assert.Equal((2, 200), (delivered.Attempts, delivered.LastStatus));
        Assert.NotNull(delivered.DeliveredAt);
        var ids = receiver.Received.Select(r => r.Header(WebhookSignature.DeliveryHeader)).Distinct().ToList();
        Assert.Equal([failed.Id.ToString()], ids);
    }

    [Fact]
    public async Task SeveralNodesSendingAtOnce_SendEachDeliveryExactlyOnce()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var company = await app.NewCompanyAsync("Webhook Tres");
        await RegisterAsync(company.Admin, receiver.Url);
        var opening = await app.NewOpeningAsync(company);
        var candidate = await app.NewCandidateWithBookAsync();
        await app.GrantAsync(candidate, company.Admin, "Bruno S.", opening.Id);
        await app.GrantAsync(candidate, company.Admin, "Bruno S.");

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(app.SendWebhooksAsync)));

        var ids = receiver.Received.Select(r => r.Header(WebhookSignature.DeliveryHeader)).ToList();
        Assert.Equal(3, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task RevocationExpiryAndStatusChange_AreEachAnnounced_ExpiryOnlyOnce()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var company = await app.NewCompanyAsync("Webhook Cuatro");
        var secret = await RegisterAsync(company.Admin, receiver.Url);
        var opening = await app.NewOpeningAsync(company);
        var revoking = await app.NewCandidateWithBookAsync();
        var expiring = await app.NewCandidateWithBookAsync();
        var moving = await app.NewCandidateWithBookAsync();
        var revoked = await app.GrantAsync(revoking, company.Admin, "Ana", opening.Id);
        var expired = await app.GrantAsync(expiring, company.Admin, "Bea", opening.Id);
        var moved = await app.GrantAsync(moving, company.Admin, "Carla", opening.Id);
        await app.SendWebhooksAsync();
        receiver.Received.Clear();

        await app.RevokeAsync(revoked);
        // Runs out now: after the endpoint was registered (an endpoint hears only of expiries after that), before the round.
        var runsOut = DateTimeOffset.UtcNow;
        await app.WithDbAsync(db => db.Consents.Where(c => c.Id == expired.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresAt, runsOut)));
        using var client = app.ApiClient(await app.NewKeyAsync(company.Admin, ApiScope.WriteStatuses));
        using var put = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/applications/{moved.Id}/shortlist", """{"status":"Hired"}""");
        await app.SendWebhooksAsync();
        await app.SendWebhooksAsync();

        var events = receiver.Received.Select(r => (Type: r.Header(WebhookSignature.EventHeader), Json(r).GetProperty("data"))).ToList();
        Assert.Equal(["application.status_changed", "consent.expired", "consent.revoked"], events.Select(e => e.Type).Order());
        Assert.Equal(revoked.Id, events.Single(e => e.Type == "consent.revoked").Item2.GetProperty("applicationId").GetGuid());
        Assert.Equal(expired.Id, events.Single(e => e.Type == "consent.expired").Item2.GetProperty("applicationId").GetGuid());
        var status = events.Single(e => e.Type == "application.status_changed").Item2;
        Assert.Equal((moved.Id, "Hired"), (status.GetProperty("applicationId").GetGuid(), status.GetProperty("status").GetString()));
        Assert.All(receiver.Received, r => AssertSigned(r, secret));
    }

    [Fact]
    public async Task DeletingTheBook_EndsItsConsentInForce_AndIsAnnouncedAsARevocation()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var company = await app.NewCompanyAsync("Webhook Siete");
        await RegisterAsync(company.Admin, receiver.Url);
        var candidate = await app.NewCandidateWithBookAsync();
        var consent = await app.GrantAsync(candidate, company.Admin, "Bruno S.");
        await app.SendWebhooksAsync();
        receiver.Received.Clear();

        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<PortfolioEval.Web.Privacy.Erasure>()
                .DeleteBookAsync(candidate.Id, candidate.BookId, CancellationToken.None));
        await app.SendWebhooksAsync();

        var revoked = Assert.Single(receiver.Received);
        Assert.Equal("consent.revoked", revoked.Header(WebhookSignature.EventHeader));
        Assert.Equal(consent.Id, Json(revoked).GetProperty("data").GetProperty("applicationId").GetGuid());
    }

    [Theory]
    [InlineData("http://ats.example.com/hooks", "https://")]
    [InlineData("ftp://127.0.0.1/hooks", "https://")]
    [InlineData("not an address", "https://ats.example.com")]
    public async Task Registering_AnAddressThatIsNotHttps_IsRefusedWithAReason(string url, string reasonMentions)
    {
        var company = await app.NewCompanyAsync("Webhook Cinco");

        using var response = await company.Admin.Client.SubmitAsync(Page, new Dictionary<string, string> { ["Input.Url"] = url }, "[data-testid=add-endpoint] form");

        var page = await Forms.ParseAsync(response);
        Assert.Null(page.QuerySelector("[data-testid=new-endpoint-secret]"));
        Assert.Contains(reasonMentions, page.QuerySelector("[data-valmsg-for='Input.Url']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.WebhookEndpoints.CountAsync(e => e.CompanyId == company.Id)));
    }

    [Fact]
    public async Task AddressThatNowLeadsToAPrivateNetwork_IsNotSent_GivenUpAtOnce_AndThePageSaysWhy()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var company = await app.NewCompanyAsync("Webhook Siete");
        await RegisterAsync(company.Admin, receiver.Url);
        var candidate = await app.NewCandidateWithBookAsync();
        await app.GrantAsync(candidate, company.Admin, "Bruno S.");
        // Registered while allowed, it now leads elsewhere on the portal's own host (as a name re-pointed in DNS would):
        // 127.0.0.2 is loopback but not the one developer address allowed.
        var moved = receiver.Url.Replace("127.0.0.1", "127.0.0.2", StringComparison.Ordinal);
        await app.WithDbAsync(db => db.WebhookEndpoints.Where(e => e.CompanyId == company.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Url, moved)));

        await app.SendWebhooksAsync();

        Assert.Empty(receiver.Received);
        var refused = await app.WithDbAsync(db => db.WebhookDeliveries.AsNoTracking().SingleAsync(d => d.CompanyId == company.Id));
        Assert.Equal((1, WebhookDelivery.RefusedAddress, (DateTimeOffset?)null), (refused.Attempts, refused.LastError, refused.NextAttemptAt));
        Assert.NotNull(refused.GaveUpAt);
        var shown = await company.Admin.Client.GetDocumentAsync(Page);
        Assert.Contains("red privada o interna", shown.QuerySelector("[data-testid=last-status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovedEndpoint_GetsNothingMore()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var company = await app.NewCompanyAsync("Webhook Seis");
        await RegisterAsync(company.Admin, receiver.Url);
        var candidate = await app.NewCandidateWithBookAsync();
        await app.GrantAsync(candidate, company.Admin, "Bruno S.");

        using var removed = await company.Admin.Client.SubmitAsync(Page, new Dictionary<string, string>(), "form[data-testid=remove-endpoint]");
        await app.SendWebhooksAsync();

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty(receiver.Received);
        var delivery = await app.WithDbAsync(db => db.WebhookDeliveries.AsNoTracking().SingleAsync(d => d.CompanyId == company.Id));
        Assert.NotNull(delivery.GaveUpAt);
    }
}
