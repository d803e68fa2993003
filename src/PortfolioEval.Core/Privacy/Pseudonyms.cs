using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace PortfolioEval.Privacy;

/// <summary>
/// Keyed pseudonyms for identifying values: HMAC-SHA256 under the candidate's pseudonym key over the kind (one byte)
/// followed by the normalised value in UTF-8, shown as the first 100 bits in 20 lower-case Crockford base-32 characters.
/// </summary>
/// <remarks>
/// <para>Same candidate and value, same pseudonym: uploads and duplicates are recognised. Another candidate's secret
/// gives an unrelated pseudonym, so nobody can link the two books; without the secret a pseudonym cannot be checked
/// against a guess (a phone number has little entropy, which is why a keyed MAC is used and never a bare hash).</para>
/// <para>Why 100 bits is enough: pseudonyms are compared only within one candidate and one kind. For n distinct
/// values the chance that any two share a pseudonym is about n²/2¹⁰¹: for a book of a million clients (2²⁰) that is
/// 2⁻⁶¹, and even 4 billion values give 2⁻³⁷. Truncating a PRF output does not help a guesser who lacks the key.</para>
/// <para>Crockford's alphabet has no i, l, o or u, so a pseudonym read aloud to support cannot be misheard.</para>
/// </remarks>
public static class Pseudonyms
{
    /// <summary>Characters in a pseudonym; each carries 5 bits.</summary>
    public const int Length = 20;

    /// <summary>
    /// The pseudonym of <paramref name="value"/>, or null when it is blank or normalises to nothing (a phone with no
    /// digits). Each <see cref="PseudonymKind"/> member says what its normalisation folds away.
    /// </summary>
    public static string? Of(PseudonymKind kind, string? value, CandidateSecret secret) => CompactOf(kind, value, secret).ToString();

    /// <summary>
    /// <see cref="Of"/> as its 100 bits, without making its text (the null pseudonym for a blank value): a plain value
    /// is folded on the stack, so a book of a million clients makes no string for its six million pseudonyms.
    /// </summary>
    internal static CompactPseudonym CompactOf(PseudonymKind kind, string? value, CandidateSecret secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (string.IsNullOrWhiteSpace(value))
            return default;

        Span<char> onStack = stackalloc char[256];
        if (PseudonymInput.TryNormalise(kind, value, onStack, out var length))
            return length == 0 ? default : Mac(kind, onStack[..length], secret);
        var normalised = PseudonymInput.Normalise(kind, value);
        return normalised.Length == 0 ? default : Mac(kind, normalised, secret);
    }

    private static CompactPseudonym Mac(PseudonymKind kind, ReadOnlySpan<char> normalised, CandidateSecret secret)
    {
        var size = 1 + Encoding.UTF8.GetMaxByteCount(normalised.Length);
        var rented = size <= 512 ? null : ArrayPool<byte>.Shared.Rent(size);
        try
        {
            Span<byte> message = rented ?? stackalloc byte[512];
            message[0] = (byte)kind;
            var written = 1 + Encoding.UTF8.GetBytes(normalised, message[1..]);
            Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
            var hmac = secret.PseudonymMac;
            hmac.AppendData(message[..written]);
            hmac.GetHashAndReset(mac);
            return CompactPseudonym.FromMac(mac);
        }
        finally
        {
            // The message holds a plaintext identifier: do not hand it back to the pool readable.
            if (rented is not null)
                ArrayPool<byte>.Shared.Return(rented, clearArray: true);
        }
    }
}
