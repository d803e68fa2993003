using System.Security.Cryptography;
using System.Text;

namespace PortfolioEval.Web.Privacy;

/// <summary>
/// The 32-byte key that encrypts the DataProtection key ring at rest (see <see cref="MasterKeyXmlEncryptor"/>).
/// Registered as a singleton so that <see cref="MasterKeyXmlDecryptor"/>, which DataProtection creates itself, can
/// find it. Losing it makes every key, and so every wrapped candidate secret, unreadable: back it up apart from the
/// data folder.
/// </summary>
public sealed record DataProtectionMasterKey
{
    public const int Length = 32;

    private static readonly byte[] IdLabel = Encoding.ASCII.GetBytes("PortfolioEval/DataProtection/master-key-id/v1");

    private readonly byte[] bytes;

    public DataProtectionMasterKey(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
            throw new ArgumentException($"The DataProtection master key must be {Length} bytes.", nameof(bytes));
        this.bytes = bytes.ToArray();
        Id = Convert.ToHexStringLower(HMACSHA256.HashData(this.bytes, IdLabel).AsSpan(0, 8));
    }

    /// <summary>The key bytes. Never log them.</summary>
    public ReadOnlySpan<byte> Bytes => bytes;

    /// <summary>
    /// A fingerprint (HMAC of a fixed label under the key, 64 bits) written beside each encrypted key, so a wrong
    /// master key is reported as such instead of as tampering. It reveals nothing about the key.
    /// </summary>
    public string Id { get; }

    /// <summary>A fresh random key, for the development key file generated on first run.</summary>
    public static DataProtectionMasterKey New() => new(RandomNumberGenerator.GetBytes(Length));

    /// <summary>Reads the key as configured (<c>DataProtection:MasterKey</c>, base64).</summary>
    /// <exception cref="FormatException">Not base64, or not 32 bytes once decoded.</exception>
    public static DataProtectionMasterKey FromBase64(string base64)
    {
        ArgumentNullException.ThrowIfNull(base64);
        var decoded = Convert.FromBase64String(base64.Trim());
        try
        {
            // The message never echoes the value: it is a secret even when malformed.
            return decoded.Length == Length
                ? new DataProtectionMasterKey(decoded)
                : throw new FormatException($"The DataProtection master key must be {Length} bytes encoded in base64.");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(decoded);
        }
    }

    public bool Equals(DataProtectionMasterKey? other) =>
        other is not null && CryptographicOperations.FixedTimeEquals(bytes, other.bytes);

    public override int GetHashCode() => Id.GetHashCode(StringComparison.Ordinal);

    // Only the fingerprint: a record prints its members, and a key must never reach a log.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id);
        return true;
    }
}
