using System.Buffers.Binary;
using System.Security.Cryptography;

namespace PortfolioEval.Privacy;

/// <summary>
/// The header and the per-chunk AES-GCM of <see cref="ChunkedCipher"/>: one place builds nonces and associated data,
/// so the writer and the reader cannot disagree.
/// </summary>
internal sealed class ChunkSealer : IDisposable
{
    public const int KeyLength = 32;
    public const int TagLength = 16;
    public const int NoncePrefixLength = 8;
    public const byte Version = 1;

    /// <summary>"PEcs": PortfolioEval chunked stream.</summary>
    public static ReadOnlySpan<byte> Magic => "PEcs"u8;

    /// <summary>Magic (4) + version (1) + chunk size (4, big-endian) + nonce prefix (8).</summary>
    public const int HeaderLength = 4 + 1 + 4 + NoncePrefixLength;

    // Bounds a reader's buffer before the header is authenticated: a forged size cannot make it allocate gigabytes.
    public const int MaxChunkSize = 4 * 1024 * 1024;

    private const int IndexOffset = HeaderLength;
    private const int FlagOffset = HeaderLength + 4;

    private readonly AesGcm aes;
    private readonly byte[] nonce = new byte[12];

    // header || chunk index (4, big-endian) || final flag (1) || context. Every part but the context has a fixed
    // length, so no two (index, flag, context) triples give the same bytes.
    private readonly byte[] associatedData;

    public ChunkSealer(ReadOnlySpan<byte> key, ReadOnlySpan<byte> header, ReadOnlySpan<byte> context)
    {
        CheckKey(key);
        aes = new AesGcm(key, TagLength);
        header.Slice(HeaderLength - NoncePrefixLength, NoncePrefixLength).CopyTo(nonce);
        associatedData = new byte[FlagOffset + 1 + context.Length];
        header.CopyTo(associatedData);
        context.CopyTo(associatedData.AsSpan(FlagOffset + 1));
    }

    public static void CheckKey(ReadOnlySpan<byte> key)
    {
        if (key.Length != KeyLength)
            throw new ArgumentException($"The data key must be {KeyLength} bytes (AES-256).", nameof(key));
    }

    /// <summary>A header with a fresh random nonce prefix.</summary>
    public static byte[] NewHeader(int chunkSize)
    {
        var header = new byte[HeaderLength];
        Magic.CopyTo(header);
        header[4] = Version;
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(5), chunkSize);
        RandomNumberGenerator.Fill(header.AsSpan(9));
        return header;
    }

    /// <summary>The chunk size of a header, after checking what can be checked before authentication.</summary>
    public static int ParseHeader(ReadOnlySpan<byte> header)
    {
        if (header.Length < HeaderLength || !header[..4].SequenceEqual(Magic))
            throw new CryptographicException("This is not data encrypted by PortfolioEval, or it was cut short.");
        if (header[4] != Version)
            throw new CryptographicException($"Unknown encryption format version {header[4]}.");
        var chunkSize = BinaryPrimitives.ReadInt32BigEndian(header[5..]);
        if (chunkSize is < 1 or > MaxChunkSize)
            throw new CryptographicException("The encrypted data has an impossible chunk size.");
        return chunkSize;
    }

    /// <summary>Encrypts one chunk into <paramref name="output"/>: ciphertext then tag, plaintext length + 16 bytes.</summary>
    public void Seal(uint index, bool final, ReadOnlySpan<byte> plaintext, Span<byte> output)
    {
        Prepare(index, final);
        aes.Encrypt(nonce, plaintext, output[..plaintext.Length], output.Slice(plaintext.Length, TagLength), associatedData);
    }

    /// <summary>Decrypts and verifies one chunk, or throws <see cref="AuthenticationTagMismatchException"/>.</summary>
    public void Open(uint index, bool final, ReadOnlySpan<byte> sealedChunk, Span<byte> plaintext)
    {
        Prepare(index, final);
        var length = sealedChunk.Length - TagLength;
        aes.Decrypt(nonce, sealedChunk[..length], sealedChunk[length..], plaintext[..length], associatedData);
    }

    public void Dispose() => aes.Dispose();

    private void Prepare(uint index, bool final)
    {
        BinaryPrimitives.WriteUInt32BigEndian(nonce.AsSpan(NoncePrefixLength), index);
        BinaryPrimitives.WriteUInt32BigEndian(associatedData.AsSpan(IndexOffset), index);
        associatedData[FlagOffset] = final ? (byte)1 : (byte)0;
    }
}
