namespace PortfolioEval.Privacy;

/// <summary>
/// Authenticated encryption of large data (a book of a million clients, an uploaded file) with AES-256-GCM, one chunk
/// at a time, so neither side ever holds the whole plaintext.
/// </summary>
/// <remarks>
/// <para>Format, version 1:</para>
/// <code>
/// header  = "PEcs" (4) | version 0x01 (1) | chunk size N (4, big-endian) | nonce prefix P (8, random per stream)
/// chunk i = AES-GCM ciphertext of the plaintext bytes [i·N, i·N + n) (n bytes) | tag (16)
/// nonce i = P | i (4, big-endian)
/// AD i    = header (17) | i (4, big-endian) | final flag (1: 0x01 on the last chunk, else 0x00) | context
/// </code>
/// <para>Every chunk but the last holds exactly N plaintext bytes; the last holds 0 to N-1 and is always written, so
/// the reader knows the last chunk by its length and a plaintext of k·N bytes ends with an empty chunk. The index in
/// nonce and AD stops reordering or dropping chunks; the final flag and the short last chunk stop cutting the stream
/// at a chunk boundary; bytes appended after the end fall into the last chunk and fail its tag; the header in the AD
/// binds the chunk size and format; the caller's context (a book id, say) stops moving a ciphertext to another
/// record. Any of these, a flipped bit or the wrong key raises
/// <see cref="System.Security.Cryptography.CryptographicException"/>; no unverified byte is ever returned.</para>
/// <para>Nonces: P is 64 random bits, so two streams under one key share a prefix with probability about s²/2⁶⁵ for
/// s streams. A candidate's data key encrypts a few streams per upload; at a million streams the risk is 2⁻²⁵.
/// A stream may hold 2³² chunks (256 TiB at the default size).</para>
/// <para>Overhead: 17 bytes plus 16 per chunk, 0.02% at the default chunk size.</para>
/// </remarks>
public static class ChunkedCipher
{
    /// <summary>Plaintext bytes per chunk: large enough that the tags and calls cost nothing, small enough to stream.</summary>
    public const int ChunkSize = 64 * 1024;

    /// <summary>
    /// Encrypts what <paramref name="writePlaintext"/> writes into the stream it is given. The final chunk is written
    /// only when the callback returns: if it throws, the ciphertext has no end and will never decrypt, so a half-written
    /// book cannot later pass for a whole one. <paramref name="ciphertext"/> is left open.
    /// </summary>
    public static void Encrypt(Action<Stream> writePlaintext, Stream ciphertext, ReadOnlySpan<byte> key, ReadOnlySpan<byte> context) =>
        Encrypt(writePlaintext, ciphertext, key, context, ChunkSize);

    /// <summary>
    /// Encrypts what <paramref name="writePlaintext"/> writes, exactly <paramref name="plaintextLength"/> bytes, into an
    /// array of the ciphertext's exact size: no growing buffer and no copy, so the peak is the ciphertext itself.
    /// </summary>
    public static byte[] Encrypt(long plaintextLength, Action<Stream> writePlaintext, ReadOnlySpan<byte> key, ReadOnlySpan<byte> context)
    {
        var ciphertext = new byte[checked((int)CiphertextLength(plaintextLength))];
        using var output = new MemoryStream(ciphertext, writable: true);
        Encrypt(writePlaintext, output, key, context, ChunkSize);
        return output.Position == ciphertext.Length
            ? ciphertext
            : throw new InvalidOperationException("The plaintext was shorter than announced.");
    }

    /// <summary>Encrypts the rest of <paramref name="plaintext"/>. Both streams are left open.</summary>
    public static void Encrypt(Stream plaintext, Stream ciphertext, ReadOnlySpan<byte> key, ReadOnlySpan<byte> context)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        Encrypt(s => plaintext.CopyTo(s), ciphertext, key, context, ChunkSize);
    }

    /// <summary>Encrypts the rest of <paramref name="plaintext"/> without blocking I/O. Both streams are left open.</summary>
    public static async Task EncryptAsync(Stream plaintext, Stream ciphertext, ReadOnlyMemory<byte> key, ReadOnlyMemory<byte> context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        ArgumentNullException.ThrowIfNull(ciphertext);
        using var encrypting = new EncryptingStream(ciphertext, key.Span, context.Span, ChunkSize);
        await plaintext.CopyToAsync(encrypting, cancellationToken);
        await encrypting.CompleteAsync(cancellationToken);
    }

    /// <summary>Encrypts a plaintext held in memory.</summary>
    public static byte[] Encrypt(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> key, ReadOnlySpan<byte> context) =>
        Encrypt(plaintext, key, context, ChunkSize);

    /// <summary>Decrypts the rest of <paramref name="ciphertext"/> into <paramref name="plaintext"/>. Both are left open.</summary>
    /// <remarks>
    /// On <see cref="System.Security.Cryptography.CryptographicException"/> the chunks verified before the fault have
    /// already been written: discard the output, it is incomplete.
    /// </remarks>
    public static void Decrypt(Stream ciphertext, Stream plaintext, ReadOnlySpan<byte> key, ReadOnlySpan<byte> context)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        using var decrypting = OpenDecrypting(ciphertext, key, context, leaveOpen: true);
        decrypting.CopyTo(plaintext);
    }

    /// <summary>Decrypts a ciphertext held in memory; nothing is returned unless all of it verified.</summary>
    public static byte[] Decrypt(ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> key, ReadOnlySpan<byte> context)
    {
        using var source = new MemoryStream(ciphertext.ToArray(), writable: false);
        using var output = new MemoryStream(ciphertext.Length);
        Decrypt(source, output, key, context);
        return output.ToArray();
    }

    /// <summary>
    /// A read-only, forward-only stream of the plaintext, for reading a large book record by record. Each read returns
    /// only verified bytes, and the end of the stream is reported only after the final chunk verified. Reads throw
    /// <see cref="System.Security.Cryptography.CryptographicException"/> on any tampering.
    /// </summary>
    public static Stream OpenDecrypting(Stream ciphertext, ReadOnlySpan<byte> key, ReadOnlySpan<byte> context, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        return new DecryptingStream(ciphertext, key, context, leaveOpen);
    }

    /// <summary>
    /// A read-only, seekable stream of the plaintext of a ciphertext held in memory, decrypting one chunk at a time
    /// as it is read: for a reader that seeks, such as a zip's, without a plaintext copy of the whole file. The
    /// final chunk is verified here; any other chunk that fails its tag throws
    /// <see cref="System.Security.Cryptography.CryptographicException"/> when it is reached.
    /// </summary>
    public static Stream OpenSeekable(ReadOnlyMemory<byte> ciphertext, ReadOnlySpan<byte> key, ReadOnlySpan<byte> context) =>
        new SeekableDecryptingStream(ciphertext, key, context);

    internal static void Encrypt(Action<Stream> writePlaintext, Stream ciphertext, ReadOnlySpan<byte> key, ReadOnlySpan<byte> context, int chunkSize)
    {
        ArgumentNullException.ThrowIfNull(writePlaintext);
        ArgumentNullException.ThrowIfNull(ciphertext);
        using var encrypting = new EncryptingStream(ciphertext, key, context, chunkSize);
        writePlaintext(encrypting);
        encrypting.Complete();
    }

    internal static byte[] Encrypt(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> key, ReadOnlySpan<byte> context, int chunkSize)
    {
        using var output = new MemoryStream(CiphertextLength(plaintext.Length, chunkSize));
        using (var encrypting = new EncryptingStream(output, key, context, chunkSize))
        {
            encrypting.Write(plaintext);
            encrypting.Complete();
        }

        return output.ToArray();
    }

    /// <summary>Exact ciphertext length for a plaintext of <paramref name="plaintextLength"/> bytes, so it can be written into an array of its size.</summary>
    public static long CiphertextLength(long plaintextLength) =>
        ChunkSealer.HeaderLength + plaintextLength + ((plaintextLength / ChunkSize) + 1) * ChunkSealer.TagLength;

    /// <summary>Exact ciphertext length for a plaintext of <paramref name="plaintextLength"/> bytes.</summary>
    internal static int CiphertextLength(int plaintextLength, int chunkSize) =>
        ChunkSealer.HeaderLength + plaintextLength + ((plaintextLength / chunkSize) + 1) * ChunkSealer.TagLength;
}
