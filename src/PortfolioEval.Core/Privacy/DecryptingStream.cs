using System.Security.Cryptography;

namespace PortfolioEval.Privacy;

/// <summary>
/// Read-only stream over a <see cref="ChunkedCipher"/> ciphertext. A chunk's bytes are handed out only after its tag
/// verified, so a reader sees an authentic prefix of the plaintext at worst, and a reader that reaches the end has
/// seen the whole of it: a missing, reordered, cut or extended stream throws before the end is reported.
/// </summary>
internal sealed class DecryptingStream : Stream
{
    private readonly Stream inner;
    private readonly byte[] key;
    private readonly byte[] context;
    private readonly bool leaveOpen;
    private ChunkSealer? sealer;
    private byte[] sealedChunk = [];
    private byte[] plain = [];
    private int chunkSize;
    private int offset;
    private int available;
    private uint index;
    private bool finished;

    public DecryptingStream(Stream inner, ReadOnlySpan<byte> key, ReadOnlySpan<byte> context, bool leaveOpen)
    {
        ChunkSealer.CheckKey(key);
        this.inner = inner;
        this.key = key.ToArray();
        this.context = context.ToArray();
        this.leaveOpen = leaveOpen;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
            return 0;
        if (available == 0 && !finished)
        {
            if (sealer is null)
                Start(ReadFully(new byte[ChunkSealer.HeaderLength]));
            Open(inner.ReadAtLeast(sealedChunk, sealedChunk.Length, throwOnEndOfStream: false));
        }

        return Hand(buffer);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty)
            return 0;
        if (available == 0 && !finished)
        {
            if (sealer is null)
            {
                var header = new byte[ChunkSealer.HeaderLength];
                await inner.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
                Start(header);
            }

            Open(await inner.ReadAtLeastAsync(sealedChunk, sealedChunk.Length, throwOnEndOfStream: false, cancellationToken));
        }

        return Hand(buffer.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            sealer?.Dispose();
            CryptographicOperations.ZeroMemory(key);
            CryptographicOperations.ZeroMemory(plain);
            if (!leaveOpen)
                inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private byte[] ReadFully(byte[] buffer)
    {
        // A short header is reported by Start as "not ours or cut short"; the zeros left here never match the magic.
        inner.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return buffer;
    }

    private void Start(byte[] header)
    {
        chunkSize = ChunkSealer.ParseHeader(header);
        sealer = new ChunkSealer(key, header, context);
        sealedChunk = new byte[chunkSize + ChunkSealer.TagLength];
        plain = new byte[chunkSize];
    }

    // A chunk that fills the buffer is a middle chunk; a shorter one, which only the end of the stream can cut, is the
    // last (see EncryptingStream.SealNext). So bytes appended after the final chunk become part of it and fail its
    // tag, a stream cut after a middle chunk leaves nothing where the final chunk must be, and the authenticated flag
    // refuses a short chunk that was sealed as a middle one.
    private void Open(int read)
    {
        var opener = sealer ?? throw new InvalidOperationException("The header has not been read.");
        if (read < ChunkSealer.TagLength)
            throw new CryptographicException("The encrypted data was cut short.");
        if (index == uint.MaxValue)
            throw new CryptographicException("The encrypted data has too many chunks.");

        var final = read < sealedChunk.Length;
        opener.Open(index++, final, sealedChunk.AsSpan(0, read), plain);
        offset = 0;
        available = read - ChunkSealer.TagLength;
        finished = final;
    }

    private int Hand(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, available);
        plain.AsSpan(offset, count).CopyTo(buffer);
        offset += count;
        available -= count;
        return count;
    }
}
