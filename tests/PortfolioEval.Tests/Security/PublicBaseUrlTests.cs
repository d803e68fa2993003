using Microsoft.Extensions.Options;
using PortfolioEval.Web.Links;

namespace PortfolioEval.Tests.Security;

/// <summary>What counts as a public base URL, and Development's default taken from the listening address.</summary>
public class PublicBaseUrlTests
{
    [Theory]
    [InlineData("https://portal.example.com", "https://portal.example.com/")]
    [InlineData("https://portal.example.com/", "https://portal.example.com/")]
    [InlineData("https://example.com/portal", "https://example.com/portal/")]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/")]
    public void TryParse_ASiteRoot_EndsInASlash(string value, string expected)
    {
        Assert.True(PublicBaseUrl.TryParse(value, out var root));
        Assert.Equal(expected, root.AbsoluteUri);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/relative")]
    [InlineData("mailto:someone@example.com")]
    [InlineData("https://portal.example.com/#top")]
    [InlineData("https://user:secret@portal.example.com/")]
    public void TryParse_NotASiteRoot_IsRefused(string value) =>
        Assert.False(PublicBaseUrl.TryParse(value, out _));

    [Theory]
    [InlineData(new[] { "http://127.0.0.1:5080" }, "http://127.0.0.1:5080/")]
    [InlineData(new[] { "http://[::]:5080" }, "http://localhost:5080/")]
    [InlineData(new[] { "http://+:8080", "https://+:8443" }, "https://localhost:8443/")]
    [InlineData(new string[0], "http://localhost/")]
    public void FromListeningAddresses_InDevelopment_IsWhereThePortalListens(string[] addresses, string expected) =>
        Assert.Equal(expected, PublicBaseUrl.FromListeningAddresses(addresses).AbsoluteUri);

    [Fact]
    public void To_APath_IsUnderTheRoot_KeepingTheRootsOwnPath()
    {
        // A configured root never asks the server where it listens.
        var baseUrl = new PublicBaseUrl(Options.Create(new PortalOptions { PublicBaseUrl = "https://example.com/portal" }), server: null!);

        Assert.Equal("https://example.com/portal/Account/Login?x=1", baseUrl.To("/Account/Login?x=1"));
    }
}
