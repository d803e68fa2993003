using System.Security.Cryptography;

namespace PortfolioEval.Privacy;

/// <summary>
/// A read-only, seekable view of the plaintext of a <see cref="ChunkedCipher"/> ciphertext held in memory: chunks are
/// decrypted as they are reached, one at a time, so a reader that seeks (a zip's directory sits at its end) never
/// needs the whole plaintext in memory. Every chunk handed out verified its tag. The final chunk is verified on
/// opening, so a ciphertext cut at a chunk boundary, or extended, fails at once and not only when its end is read.
/// </summary>
internal sealed class SeekableDecryptingStream : Stream
{
    private readonly ReadOnlyMemory<byte> ciphertext;
    private readonly ChunkSealer sealer;
    private readonly int chunkSize;
    private readonly uint lastChunk;
    private readonly byte[] plain;
    private long position;
    private long loaded = -1;
    private int loadedLength;

    public SeekableDecryptingStream(ReadOnlyMemory<byte> ciphertext, ReadOnlySpan<byte> key, ReadOnlySpan<byte> context)
    {
        ChunkSealer.CheckKey(key);
        var header = ciphertext.Span[..Math.Min(ciphertext.Length, ChunkSealer.HeaderLength)];
        chunkSize = ChunkSealer.ParseHeader(header);
        var sealedSize = (long)chunkSize + ChunkSealer.TagLength;
        var body = ciphertext.Length - ChunkSealer.HeaderLength;
        // Every chunk but the last is full; the last holds 0 to chunkSize-1 bytes, so it is shorter than a full one.
        var full = body / sealedSize;
        var lastSealed = body - full * sealedSize;
        if (lastSealed < ChunkSealer.TagLength || full >= uint.MaxValue)
            throw new CryptographicException("The encrypted data was cut short.");
        this.ciphertext = ciphertext;
        lastChunk = (uint)full;
        Length = full * chunkSize + lastSealed - ChunkSealer.TagLength;
        sealer = new ChunkSealer(key, header, context);
        plain = new byte[chunkSize];
        try
        {
            // The last chunk first: a stream cut at a chunk boundary fails here, before anything is read.
            Load(lastChunk);
        }
        catch
        {
            sealer.Dispose(); // it holds the key
            throw;
        }
    }

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length { get; }

    public override long Position
    {
        get => position;
        set => position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length && position < Length)
        {
            var chunk = (uint)(position / chunkSize);
            if (loaded != chunk)
                Load(chunk);
            var inChunk = (int)(position - (long)chunk * chunkSize);
            var count = Math.Min(buffer.Length - total, loadedLength - inChunk);
            plain.AsSpan(inChunk, count).CopyTo(buffer[total..]);
            total += count;
            position += count;
        }

        return total;
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => position + offset,
        SeekOrigin.End => Length + offset,
        _ => throw new ArgumentOutOfRangeException(nameof(origin)),
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            sealer.Dispose();
            CryptographicOperations.ZeroMemory(plain);
        }

        base.Dispose(disposing);
    }

    private void Load(uint chunk)
    {
        var sealedSize = (long)chunkSize + ChunkSealer.TagLength;
        var start = ChunkSealer.HeaderLength + chunk * sealedSize;
        var length = (int)Math.Min(sealedSize, ciphertext.Length - start);
        loaded = -1; // a chunk that fails its tag leaves nothing readable behind
        sealer.Open(chunk, chunk == lastChunk, ciphertext.Span.Slice((int)start, length), plain);
        loaded = chunk;
        loadedLength = length - ChunkSealer.TagLength;
    }
}
