using System.Text;
using PortfolioEval.Webhooks;

namespace PortfolioEval.Tests.Webhooks;

/// <summary>The pure rules of webhooks: the signature, the retry schedule, the addresses allowed, a delivery's states.</summary>
public class WebhookRulesTests
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("whsec_test");
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"type":"consent.granted"}""");

    [Fact]
    public void Signature_IsHmacSha256OfTimestampDotBody_AsAReceiverInAnyLanguageComputesIt()
    {
        var timestamp = Now.ToUnixTimeSeconds();

        var signature = WebhookSignature.Sign(Secret, timestamp, Body);

        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Secret,
            Encoding.UTF8.GetBytes($"{timestamp}.{Encoding.UTF8.GetString(Body)}")));
        Assert.Equal("v1=" + expected, signature);
    }

    [Fact]
    public void Verify_AcceptsItsOwnSignature_RefusesAnotherBodySecretOrTimestamp()
    {
        var timestamp = Now.ToUnixTimeSeconds();
        var signature = WebhookSignature.Sign(Secret, timestamp, Body);
        var stamp = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(WebhookSignature.Verify(Secret, stamp, signature, Body, Now, WebhookSignature.Tolerance));
        Assert.False(WebhookSignature.Verify(Secret, stamp, signature, [.. Body, (byte)' '], Now, WebhookSignature.Tolerance));
        Assert.False(WebhookSignature.Verify(Encoding.UTF8.GetBytes("whsec_other"), stamp, signature, Body, Now, WebhookSignature.Tolerance));
        Assert.False(WebhookSignature.Verify(Secret, (timestamp + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), signature, Body, Now, WebhookSignature.Tolerance));
        Assert.False(WebhookSignature.Verify(Secret, "soon", signature, Body, Now, WebhookSignature.Tolerance));
    }

    [Fact]
    public void Verify_ADeliveryReplayedTenMinutesLater_IsRefused()
    {
        var timestamp = Now.ToUnixTimeSeconds();
        var signature = WebhookSignature.Sign(Secret, timestamp, Body);
        var stamp = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(WebhookSignature.Verify(Secret, stamp, signature, Body, Now.AddMinutes(4), WebhookSignature.Tolerance));
        Assert.False(WebhookSignature.Verify(Secret, stamp, signature, Body, Now.AddMinutes(10), WebhookSignature.Tolerance));
    }

    [Fact]
    public void Retry_DoublesFromThirtySeconds_CappedAtSixHours_AndGivesUpAfterTheLastAttempt()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), WebhookRetry.DelayAfter(1));
        Assert.Equal(TimeSpan.FromSeconds(60), WebhookRetry.DelayAfter(2));
        Assert.Equal(TimeSpan.FromMinutes(64), WebhookRetry.DelayAfter(8));
        Assert.Equal(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(8), WebhookRetry.DelayAfter(9));
        Assert.Null(WebhookRetry.DelayAfter(WebhookRetry.MaxAttempts));
    }

    [Theory]
    [InlineData("https://ats.example.com/hooks", false, null)]
    [InlineData("http://127.0.0.1:5000/hooks", true, null)]
    [InlineData("http://127.0.0.1:5000/hooks", false, WebhookUrlProblem.NotHttps)]
    [InlineData("http://localhost:5000/hooks", true, WebhookUrlProblem.NotHttps)]
    [InlineData("http://10.0.0.5/hooks", true, WebhookUrlProblem.NotHttps)]
    [InlineData("https://user:pass@ats.example.com/hooks", false, WebhookUrlProblem.NotAnAddress)]
    [InlineData("/hooks", false, WebhookUrlProblem.NotAnAddress)]
    [InlineData("", false, WebhookUrlProblem.NotAnAddress)]
    public void Url_IsHttps_OrHttpTo127001WhereAllowed(string url, bool allowLoopbackHttp, WebhookUrlProblem? problem) =>
        Assert.Equal(problem, WebhookUrl.Check(url, allowLoopbackHttp, out _));

    [Fact]
    public void Delivery_FailedThenAnswered2xx_IsDelivered_AndOneThatNeverSucceeds_IsGivenUp()
    {
        var endpoint = new WebhookEndpoint(Guid.NewGuid(), new Uri("https://ats.example.com/h"), WebhookEvents.All, "protected", "admin", Now);
        var delivered = new WebhookDelivery(endpoint, WebhookEvent.ConsentGranted, "{}", Now);
        var abandoned = new WebhookDelivery(endpoint, WebhookEvent.ConsentGranted, "{}", Now);

        delivered.Record(500, null, Now);
        var retryAt = delivered.NextAttemptAt;
        delivered.Record(204, null, Now.AddMinutes(1));
        for (var i = 0; i < WebhookRetry.MaxAttempts; i++)
            abandoned.Record(null, "ConnectionError", Now.AddHours(i));

        Assert.Equal(Now.AddSeconds(30), retryAt);
        Assert.Equal((Now.AddMinutes(1), (DateTimeOffset?)null, false), (delivered.DeliveredAt, delivered.NextAttemptAt, delivered.IsPending));
        Assert.Equal((WebhookRetry.MaxAttempts, (DateTimeOffset?)null), (abandoned.Attempts, abandoned.NextAttemptAt));
        Assert.NotNull(abandoned.GaveUpAt);
    }
}
