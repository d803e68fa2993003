using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PortfolioEval.Webhooks;

/// <summary>
/// How a delivery is signed and checked: HMAC-SHA256, under the endpoint's secret, of the Unix timestamp, a dot and the
/// body, sent as <c>v1=</c> and the lowercase hex. The timestamp is signed with the body, so a receiver that refuses
/// old timestamps refuses a replayed delivery (its signature would not match a new timestamp).
/// </summary>
public static class WebhookSignature
{
    public const string TimestampHeader = "PortfolioEval-Timestamp";
    public const string SignatureHeader = "PortfolioEval-Signature";
    public const string EventHeader = "PortfolioEval-Event";
    public const string DeliveryHeader = "PortfolioEval-Delivery";

    /// <summary>How old a timestamp a receiver should accept, by default.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public static string Sign(byte[] secret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var prefix = Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(secret, signed));
    }

    /// <summary>
    /// What a receiver does: the timestamp is within <paramref name="tolerance"/> of <paramref name="now"/> and the
    /// signature is the body's under <paramref name="secret"/> (compared in constant time).
    /// </summary>
    public static bool Verify(byte[] secret, string? timestampHeader, string? signatureHeader, ReadOnlySpan<byte> body,
        DateTimeOffset now, TimeSpan tolerance)
    {
        if (!long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp) || signatureHeader is null)
            return false;
        if (Math.Abs(now.ToUnixTimeSeconds() - timestamp) > tolerance.TotalSeconds)
            return false;
        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signatureHeader));
    }
}
