using System.Security.Cryptography;
using System.Text;

namespace PortfolioEval.Api;

/// <summary>
/// A hiring company's key to the API. Only the SHA-256 of the secret is kept: the secret is shown once, when the key is
/// made, and its first characters (the prefix) stay visible so the company can tell its keys apart. The key acts as
/// the company admin who made it, as the database knows them on each call: removed from the company or no longer its
/// admin, the key opens nothing.
/// </summary>
public class ApiKey
{
    public const int NameMaxLength = 80;

    /// <summary>What every secret starts with, so a leaked one is recognisable by secret scanners.</summary>
    public const string SecretStart = "pe_";

    private const int PrefixBytes = 4;
    private const int SecretBytes = 32;

    // For EF Core.
    private ApiKey() { }

    private ApiKey(Guid companyId, string createdBy, string name, ApiScope scopes, string prefix, byte[] hash, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        CompanyId = companyId;
        CreatedBy = createdBy;
        Name = name;
        Scopes = scopes;
        Prefix = prefix;
        SecretHash = hash;
        CreatedAt = now.ToUniversalTime();
    }

    /// <summary>A new key and its secret, which is never stored and cannot be shown again.</summary>
    public static (ApiKey Key, string Secret) Create(Guid companyId, string createdBy, string name, ApiScope scopes, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Trim().Length > NameMaxLength)
            throw new ArgumentException($"A key's name has at most {NameMaxLength} characters.", nameof(name));
        if (!ApiScopes.IsValid(scopes))
            throw new ArgumentException("A key needs at least one known scope.", nameof(scopes));
        var prefix = SecretStart + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(PrefixBytes));
        // 256 random bits: a single SHA-256 is enough to keep such a secret (no dictionary to try, unlike a password).
        var secret = prefix + "_" + Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));
        return (new ApiKey(companyId, createdBy, name.Trim(), scopes, prefix, HashOf(secret), now), secret);
    }

    /// <summary>The prefix a presented secret claims (what the key is looked up by); null when it is not shaped like one.</summary>
    public static string? PrefixOf(string? secret)
    {
        if (secret is null || !secret.StartsWith(SecretStart, StringComparison.Ordinal))
            return null;
        var end = secret.IndexOf('_', SecretStart.Length);
        return end == SecretStart.Length + PrefixBytes * 2 ? secret[..end] : null;
    }

    public static byte[] HashOf(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }

    /// <summary>The company admin who made the key; the key acts as them.</summary>
    public string CreatedBy { get; private set; } = "";
    public string Name { get; private set; } = "";
    public ApiScope Scopes { get; private set; }
    public string Prefix { get; private set; } = "";
    public byte[] SecretHash { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? LastUsedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>Whether <paramref name="secret"/> is this key's, compared in constant time.</summary>
    public bool Matches(string secret) =>
        !IsRevoked && CryptographicOperations.FixedTimeEquals(HashOf(secret), SecretHash);

    public bool Allows(ApiScope scope) => !IsRevoked && (Scopes & scope) == scope;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now.ToUniversalTime();

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
