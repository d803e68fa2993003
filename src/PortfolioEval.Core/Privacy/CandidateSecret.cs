using System.Security.Cryptography;
using System.Text;

namespace PortfolioEval.Privacy;

/// <summary>
/// The one secret of a candidate: 32 random bytes from which every key of theirs is derived. The web layer stores it
/// only wrapped by DataProtection; destroying the wrapped form makes the candidate's data and pseudonyms unrecoverable
/// (crypto-shredding). Dispose it as soon as the work is done: the bytes and the derived keys are zeroed.
/// </summary>
public sealed class CandidateSecret : IDisposable
{
    /// <summary>Length of the secret and of each derived key, in bytes.</summary>
    public const int Length = 32;

    // Distinct HKDF info strings keep the two keys independent: knowing the pseudonym key says nothing about the
    // data key. The version lets a future derivation coexist with this one.
    private static readonly byte[] DataKeyInfo = Encoding.ASCII.GetBytes("PortfolioEval/candidate/v1/data-key/aes-256-gcm");
    private static readonly byte[] PseudonymKeyInfo = Encoding.ASCII.GetBytes("PortfolioEval/candidate/v1/pseudonym-key/hmac-sha256");

    private readonly byte[] secret;
    private readonly byte[] dataKey = new byte[Length];
    private readonly byte[] pseudonymKey = new byte[Length];

    // One keyed HMAC per thread, reset after each use: keying a fresh HMAC costs twice the hashing itself, and a
    // book of a million clients needs six million pseudonyms.
    private readonly ThreadLocal<IncrementalHash> pseudonymMacs;
    private bool disposed;

    private CandidateSecret(byte[] secret)
    {
        this.secret = secret;
        // Derived once: every client of a book uses them.
        HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, dataKey, salt: [], DataKeyInfo);
        HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, pseudonymKey, salt: [], PseudonymKeyInfo);
        pseudonymMacs = new(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, pseudonymKey), trackAllValues: true);
    }

    /// <summary>A fresh secret from the operating system's CSPRNG.</summary>
    public static CandidateSecret New() => new(RandomNumberGenerator.GetBytes(Length));

    /// <summary>A secret read back (after unwrapping); the bytes are copied, so the caller should zero its own copy.</summary>
    /// <exception cref="ArgumentException">The span is not <see cref="Length"/> bytes long.</exception>
    public static CandidateSecret FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
            throw new ArgumentException($"A candidate secret is {Length} bytes long.", nameof(bytes));
        return new CandidateSecret(bytes.ToArray());
    }

    /// <summary>The raw secret, to be wrapped for storage. Never log or persist it unwrapped.</summary>
    public ReadOnlySpan<byte> Bytes => Alive(secret);

    /// <summary>AES-256-GCM key for the candidate's stored rows and original files (see <see cref="ChunkedCipher"/>).</summary>
    public ReadOnlySpan<byte> DataKey => Alive(dataKey);

    /// <summary>HMAC-SHA256 key for <see cref="Pseudonyms"/>.</summary>
    public ReadOnlySpan<byte> PseudonymKey => Alive(pseudonymKey);

    /// <summary>HMAC-SHA256 under <see cref="PseudonymKey"/>, for this thread only; leave it reset after use.</summary>
    internal IncrementalHash PseudonymMac
    {
        get
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return pseudonymMacs.Value!;
        }
    }

    public void Dispose()
    {
        if (disposed)
            return;
        disposed = true;
        CryptographicOperations.ZeroMemory(secret);
        CryptographicOperations.ZeroMemory(dataKey);
        CryptographicOperations.ZeroMemory(pseudonymKey);
        foreach (var mac in pseudonymMacs.Values)
            mac.Dispose();
        pseudonymMacs.Dispose();
    }

    // A zeroed key would still "work" and silently produce data nobody can read back: refuse instead.
    private ReadOnlySpan<byte> Alive(byte[] key)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return key;
    }
}
