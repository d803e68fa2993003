using System.Net;
using PortfolioEval.Webhooks;

namespace PortfolioEval.Tests.Webhooks;

/// <summary>The addresses a delivery may reach: public ones only, so a registered address cannot reach the portal's own network.</summary>
public class WebhookAddressTests
{
    [Theory]
    [InlineData("127.0.0.1")]        // loopback
    [InlineData("127.10.20.30")]
    [InlineData("10.0.0.1")]         // 10/8
    [InlineData("10.255.255.255")]
    [InlineData("172.16.0.1")]       // 172.16/12
    [InlineData("172.31.255.254")]
    [InlineData("192.168.1.1")]      // 192.168/16
    [InlineData("169.254.169.254")]  // link-local: cloud metadata
    [InlineData("100.64.0.1")]       // carrier-grade NAT 100.64/10
    [InlineData("100.127.255.254")]
    [InlineData("0.0.0.0")]          // unspecified
    [InlineData("224.0.0.1")]        // multicast
    [InlineData("255.255.255.255")]  // broadcast
    [InlineData("::1")]              // IPv6 loopback
    [InlineData("::")]               // IPv6 unspecified
    [InlineData("fc00::1")]          // unique local fc00::/7
    [InlineData("fd12:3456::1")]
    [InlineData("fe80::1")]          // link-local fe80::/10
    [InlineData("febf::1")]
    [InlineData("ff02::1")]          // multicast
    [InlineData("::ffff:10.0.0.1")]  // IPv4-mapped private
    [InlineData("::ffff:127.0.0.1")] // IPv4-mapped loopback
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a00:1")]   // NAT64 of 10.0.0.1
    public void InternalAddress_IsRefused(string address) =>
        Assert.False(WebhookAddress.IsAllowed(IPAddress.Parse(address), allowLoopback: false));

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("8.8.8.8")]
    [InlineData("172.15.255.255")]   // just below 172.16/12
    [InlineData("172.32.0.1")]       // just above
    [InlineData("100.63.255.255")]   // just below 100.64/10
    [InlineData("100.128.0.1")]      // just above
    [InlineData("11.0.0.1")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]   // IPv4-mapped public
    public void PublicAddress_IsAllowed(string address) =>
        Assert.True(WebhookAddress.IsAllowed(IPAddress.Parse(address), allowLoopback: false));

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("127.0.0.2", false)]
    [InlineData("::1", false)]
    [InlineData("10.0.0.1", false)]
    public void WithLoopbackAllowed_Only127001IsLetThrough(string address, bool allowed) =>
        Assert.Equal(allowed, WebhookAddress.IsAllowed(IPAddress.Parse(address), allowLoopback: true));

    [Fact]
    public void RefusedDelivery_IsGivenUpAtOnce_WithItsReason()
    {
        var now = new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);
        var endpoint = new WebhookEndpoint(Guid.NewGuid(), new Uri("https://ats.example.com/hooks"), WebhookEvent.ConsentGranted, "protected", "user", now);
        var delivery = new WebhookDelivery(endpoint, WebhookEvent.ConsentGranted, "{}", now);

        delivery.Refuse(now.AddMinutes(1));

        Assert.Equal((1, WebhookDelivery.RefusedAddress, (DateTimeOffset?)null, false), (delivery.Attempts, delivery.LastError, delivery.NextAttemptAt, delivery.IsPending));
        Assert.Equal(now.AddMinutes(1), delivery.GaveUpAt);
    }
}
