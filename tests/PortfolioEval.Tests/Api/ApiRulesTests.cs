using System.Security.Cryptography;
using System.Text;
using PortfolioEval.Api;

namespace PortfolioEval.Tests.Api;

/// <summary>The pure rules of API keys and pages: the secret, its prefix and hash, scopes, revocation, cursors.</summary>
public class ApiRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_GivesASecretStartingWithItsVisiblePrefix_AndKeepsOnlyItsSha256()
    {
        var (key, secret) = ApiKey.Create(Guid.NewGuid(), "admin", "  Greenhouse ", ApiScope.ReadOpenings, Now);

        Assert.Matches("^pe_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$", secret);
        Assert.Equal(secret[..11], key.Prefix);
        Assert.Equal(key.Prefix, ApiKey.PrefixOf(secret));
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), key.SecretHash);
        Assert.Equal("Greenhouse", key.Name);
        Assert.True(key.Matches(secret));
        Assert.False(key.Matches(secret[..^1] + (secret[^1] == 'A' ? 'B' : 'A')));
    }

    [Fact]
    public void TwoKeys_NeverShareASecretOrPrefix()
    {
        var keys = Enumerable.Range(0, 200).Select(_ => ApiKey.Create(Guid.NewGuid(), "admin", "k", ApiScope.ReadOpenings, Now)).ToList();

        Assert.Equal(200, keys.Select(k => k.Secret).Distinct().Count());
        Assert.Equal(200, keys.Select(k => k.Key.Prefix).Distinct().Count());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer pe_12345678_x")]
    [InlineData("pe_1234567_xyz")]
    [InlineData("sk_12345678_xyz")]
    public void PrefixOf_SomethingNotShapedLikeAKey_IsNull(string? text) => Assert.Null(ApiKey.PrefixOf(text));

    [Fact]
    public void RevokedKey_MatchesNothing_AndAllowsNothing()
    {
        var (key, secret) = ApiKey.Create(Guid.NewGuid(), "admin", "k", ApiScopes.All, Now);

        key.Revoke(Now);
        key.Revoke(Now.AddDays(1));

        Assert.False(key.Matches(secret));
        Assert.False(key.Allows(ApiScope.ReadOpenings));
        Assert.Equal(Now, key.RevokedAt);
    }

    [Fact]
    public void Scopes_AKeyAllowsOnlyWhatItHolds_AndNeedsOneAtLeast()
    {
        var (key, _) = ApiKey.Create(Guid.NewGuid(), "admin", "k", ApiScope.ReadApplications | ApiScope.WriteStatuses, Now);

        Assert.True(key.Allows(ApiScope.ReadApplications));
        Assert.False(key.Allows(ApiScope.ReadOpenings));
        Assert.False(key.Allows(ApiScope.ReadApplications | ApiScope.WriteOpenings));
        Assert.Throws<ArgumentException>(() => ApiKey.Create(Guid.NewGuid(), "admin", "k", ApiScope.None, Now));
        Assert.Throws<ArgumentException>(() => ApiKey.Create(Guid.NewGuid(), "admin", "k", (ApiScope)64, Now));
        Assert.Throws<ArgumentException>(() => ApiKey.Create(Guid.NewGuid(), "admin", new string('k', ApiKey.NameMaxLength + 1), ApiScope.ReadOpenings, Now));
    }

    [Fact]
    public void Cursor_RoundTrips_AndRefusesWhatItDidNotWrite()
    {
        var cursor = new ApiCursor(Now.AddTicks(123), Guid.NewGuid());

        Assert.True(ApiCursor.TryDecode(cursor.Encode(), out var decoded));
        Assert.Equal(cursor, decoded);
        Assert.False(ApiCursor.TryDecode("nonsense", out _));
        Assert.False(ApiCursor.TryDecode(new string('/', 32), out _));
        Assert.False(ApiCursor.TryDecode(null, out _));
    }
}
