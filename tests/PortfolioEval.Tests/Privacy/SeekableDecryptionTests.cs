using System.Security.Cryptography;
using PortfolioEval.Privacy;

namespace PortfolioEval.Tests.Privacy;

public class SeekableDecryptionTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);
    private static readonly byte[] Context = "portfolioeval/test/seekable"u8.ToArray();

    private static byte[] Plaintext(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        return bytes;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(ChunkedCipher.ChunkSize)]
    [InlineData(3 * ChunkedCipher.ChunkSize + 17)]
    public void OpenSeekable_ReadsAnyRangeAsTheWholePlaintext(int length)
    {
        var plaintext = Plaintext(length);
        using var stream = ChunkedCipher.OpenSeekable(ChunkedCipher.Encrypt(plaintext, Key, Context), Key, Context);
        var random = new Random(7);

        Assert.Equal(length, stream.Length);
        for (var i = 0; i < 20 && length > 0; i++)
        {
            var start = random.Next(length);
            var buffer = new byte[Math.Min(length - start, random.Next(1, 2 * ChunkedCipher.ChunkSize))];
            stream.Position = start;
            stream.ReadExactly(buffer);
            Assert.Equal(plaintext.AsSpan(start, buffer.Length).ToArray(), buffer);
        }

        stream.Position = 0;
        using var all = new MemoryStream();
        stream.CopyTo(all);
        Assert.Equal(plaintext, all.ToArray());
    }

    [Fact]
    public void OpenSeekable_CutAtAChunkBoundary_FailsAtOnce()
    {
        var ciphertext = ChunkedCipher.Encrypt(Plaintext(3 * ChunkedCipher.ChunkSize + 5), Key, Context);
        var cut = ciphertext.AsMemory(..(17 + 2 * (ChunkedCipher.ChunkSize + 16)));

        Assert.ThrowsAny<CryptographicException>(() => ChunkedCipher.OpenSeekable(cut, Key, Context));
        Assert.ThrowsAny<CryptographicException>(() => ChunkedCipher.OpenSeekable(ciphertext.AsMemory(..^1), Key, Context));
        Assert.ThrowsAny<CryptographicException>(() => ChunkedCipher.OpenSeekable(ciphertext, Key, "another record"u8.ToArray()));
    }

    [Fact]
    public void OpenSeekable_TamperedMiddleChunk_FailsWhenReached()
    {
        var ciphertext = ChunkedCipher.Encrypt(Plaintext(3 * ChunkedCipher.ChunkSize), Key, Context);
        ciphertext[17 + ChunkedCipher.ChunkSize + 16 + 100] ^= 1;
        using var stream = ChunkedCipher.OpenSeekable(ciphertext, Key, Context);
        var buffer = new byte[100];

        stream.ReadExactly(buffer);
        stream.Position = ChunkedCipher.ChunkSize + 50;
        Assert.ThrowsAny<CryptographicException>(() => stream.ReadExactly(buffer));
    }
}
