using System.Security.Cryptography;

namespace PortfolioEval.Privacy;

/// <summary>
/// Write-only stream that seals each full chunk as soon as it fills. Only <see cref="Complete"/> writes the final
/// chunk: a writer that fails half-way leaves a ciphertext that can never be read as if it were whole.
/// </summary>
internal sealed class EncryptingStream : Stream
{
    private readonly Stream inner;
    private readonly ChunkSealer sealer;
    private readonly byte[] header;
    private readonly byte[] plain;
    private readonly byte[] sealedChunk;
    private int filled;
    private uint index;
    private bool headerWritten;
    private bool completed;

    public EncryptingStream(Stream inner, ReadOnlySpan<byte> key, ReadOnlySpan<byte> context, int chunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(chunkSize, ChunkSealer.MaxChunkSize);
        this.inner = inner;
        header = ChunkSealer.NewHeader(chunkSize);
        sealer = new ChunkSealer(key, header, context);
        plain = new byte[chunkSize];
        sealedChunk = new byte[chunkSize + ChunkSealer.TagLength];
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => !completed;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            buffer = Take(buffer);
            if (filled == plain.Length)
                Emit(final: false);
        }
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (!buffer.IsEmpty)
        {
            var taken = buffer.Length - Take(buffer.Span).Length;
            buffer = buffer[taken..];
            if (filled == plain.Length)
                await EmitAsync(final: false, cancellationToken);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Seals what is buffered as the final chunk (possibly empty). Nothing may be written after.</summary>
    public void Complete()
    {
        Emit(final: true);
        inner.Flush();
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await EmitAsync(final: true, cancellationToken);
        await inner.FlushAsync(cancellationToken);
    }

    // Buffered plaintext is only ever flushed by sealing it, so Flush has nothing it could honestly do.
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            sealer.Dispose();
            CryptographicOperations.ZeroMemory(plain);
        }

        base.Dispose(disposing);
    }

    private ReadOnlySpan<byte> Take(ReadOnlySpan<byte> buffer)
    {
        ThrowIfCompleted();
        var count = Math.Min(buffer.Length, plain.Length - filled);
        buffer[..count].CopyTo(plain.AsSpan(filled));
        filled += count;
        return buffer[count..];
    }

    // The header goes out with the first chunk, so opening the stream does no I/O (and no synchronous I/O).
    private void Emit(bool final)
    {
        var chunk = SealNext(final);
        if (!headerWritten)
            inner.Write(header);
        headerWritten = true;
        inner.Write(chunk.Span);
    }

    private async ValueTask EmitAsync(bool final, CancellationToken cancellationToken)
    {
        var chunk = SealNext(final);
        if (!headerWritten)
            await inner.WriteAsync(header, cancellationToken);
        headerWritten = true;
        await inner.WriteAsync(chunk, cancellationToken);
    }

    // A full chunk is sealed as soon as it fills, so the final chunk always holds fewer than chunk-size bytes: the
    // reader tells the last chunk by its length, with no length field to forge.
    private ReadOnlyMemory<byte> SealNext(bool final)
    {
        ThrowIfCompleted();
        if (index == uint.MaxValue)
            throw new InvalidOperationException("Too much data for one encrypted stream.");

        var length = filled + ChunkSealer.TagLength;
        sealer.Seal(index++, final, plain.AsSpan(0, filled), sealedChunk);
        completed = final;
        filled = 0;
        return sealedChunk.AsMemory(0, length);
    }

    private void ThrowIfCompleted()
    {
        if (completed)
            throw new InvalidOperationException("The encrypted stream is complete; nothing more can be written.");
    }
}
