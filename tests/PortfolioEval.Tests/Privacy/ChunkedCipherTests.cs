using System.Buffers.Binary;
using System.Security.Cryptography;
using PortfolioEval.Privacy;
using PortfolioEval.Tests.Privacy.Support;

namespace PortfolioEval.Tests.Privacy;

public class ChunkedCipherTests
{
    [Fact]
    public void Encrypt_EmptyPlaintext_WritesHeaderAndOneEmptyFinalChunk()
    {
        var ciphertext = ChunkedCipher.Encrypt([], CipherText.Key, CipherText.Context);

        Assert.Equal(CipherText.HeaderLength + CipherText.TagLength, ciphertext.Length);
        Assert.Empty(ChunkedCipher.Decrypt(ciphertext, CipherText.Key, CipherText.Context));
    }

    [Fact]
    public void Encrypt_Header_HoldsMagicVersionAndChunkSize()
    {
        var ciphertext = ChunkedCipher.Encrypt([1, 2, 3], CipherText.Key, CipherText.Context);

        Assert.Equal("PEcs"u8.ToArray(), ciphertext[..4]);
        Assert.Equal(1, ciphertext[4]);
        Assert.Equal(ChunkedCipher.ChunkSize, BinaryPrimitives.ReadInt32BigEndian(ciphertext.AsSpan(5)));
    }

    [Fact]
    public void Encrypt_ExactMultipleOfChunkSize_EndsWithAnEmptyFinalChunk()
    {
        var ciphertext = CipherText.Encrypt(CipherText.Bytes(30), chunkSize: 10);

        // Three full chunks and an empty final one: four tags.
        Assert.Equal(CipherText.HeaderLength + 30 + (4 * CipherText.TagLength), ciphertext.Length);
        Assert.Equal(CipherText.Bytes(30), CipherText.Decrypt(ciphertext));
    }

    [Fact]
    public void Encrypt_SeveralDefaultChunks_RoundTrips()
    {
        var plaintext = RandomNumberGenerator.GetBytes((3 * ChunkedCipher.ChunkSize) + 123);

        var ciphertext = ChunkedCipher.Encrypt(plaintext, CipherText.Key, CipherText.Context);

        Assert.Equal(plaintext, ChunkedCipher.Decrypt(ciphertext, CipherText.Key, CipherText.Context));
    }

    [Fact]
    public void Encrypt_SamePlaintextTwice_GivesDifferentCiphertexts()
    {
        var first = ChunkedCipher.Encrypt([1, 2, 3], CipherText.Key, CipherText.Context);
        var second = ChunkedCipher.Encrypt([1, 2, 3], CipherText.Key, CipherText.Context);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Encrypt_KeyNot32Bytes_Throws()
    {
        Assert.Throws<ArgumentException>(() => ChunkedCipher.Encrypt([1], new byte[16], CipherText.Context));
    }

    [Fact]
    public void Decrypt_WrongKey_Throws()
    {
        var ciphertext = CipherText.Encrypt(CipherText.Bytes(50), chunkSize: 16);

        Assert.ThrowsAny<CryptographicException>(() => ChunkedCipher.Decrypt(ciphertext, CipherText.OtherKey, CipherText.Context));
    }

    [Fact]
    public void Decrypt_UnderAnotherBooksContext_Throws()
    {
        var ciphertext = CipherText.Encrypt(CipherText.Bytes(50), chunkSize: 16, "book-0001"u8.ToArray());

        Assert.ThrowsAny<CryptographicException>(() => CipherText.Decrypt(ciphertext, "book-0002"u8.ToArray()));
    }

    [Fact]
    public void Decrypt_MiddleChunkDropped_Throws()
    {
        var ciphertext = CipherText.Encrypt(CipherText.Bytes(50), chunkSize: 10);
        var chunk = 10 + CipherText.TagLength;
        var dropped = ciphertext[..CipherText.ChunkOffset(1, 10)].Concat(ciphertext[CipherText.ChunkOffset(2, 10)..]).ToArray();

        Assert.Equal(ciphertext.Length - chunk, dropped.Length);
        Assert.ThrowsAny<CryptographicException>(() => CipherText.Decrypt(dropped));
    }

    [Fact]
    public void Decrypt_EmptyFinalChunkDropped_Throws()
    {
        // Cut exactly at a chunk boundary: every remaining chunk is authentic, only the "final" flag is missing.
        var ciphertext = CipherText.Encrypt(CipherText.Bytes(30), chunkSize: 10);

        Assert.ThrowsAny<CryptographicException>(() => CipherText.Decrypt(ciphertext[..^CipherText.TagLength]));
    }

    [Fact]
    public void Decrypt_ShortChunkSealedAsAMiddleOne_Throws()
    {
        // What a writer that lost its final chunk after a short write would leave: only the final flag can tell.
        var header = ChunkSealer.NewHeader(10);
        var chunk = new byte[5 + CipherText.TagLength];
        using (var sealer = new ChunkSealer(CipherText.Key, header, CipherText.Context))
            sealer.Seal(0, final: false, CipherText.Bytes(5), chunk);

        Assert.ThrowsAny<CryptographicException>(() => CipherText.Decrypt([.. header, .. chunk]));
    }

    [Fact]
    public void Decrypt_BytesAfterTheFinalChunk_Throws()
    {
        var ciphertext = CipherText.Encrypt(CipherText.Bytes(25), chunkSize: 10);

        Assert.ThrowsAny<CryptographicException>(() => CipherText.Decrypt([.. ciphertext, 0]));
    }

    [Fact]
    public void Decrypt_ChunkSizeInHeaderForged_Throws()
    {
        var ciphertext = CipherText.Encrypt(CipherText.Bytes(40), chunkSize: 10);
        BinaryPrimitives.WriteInt32BigEndian(ciphertext.AsSpan(5), 20);

        Assert.ThrowsAny<CryptographicException>(() => CipherText.Decrypt(ciphertext));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(int.MaxValue)]
    public void Decrypt_ChunkSizeOutOfRange_ThrowsBeforeAllocating(int chunkSize)
    {
        var ciphertext = CipherText.Encrypt(CipherText.Bytes(5), chunkSize: 10);
        BinaryPrimitives.WriteInt32BigEndian(ciphertext.AsSpan(5), chunkSize);

        var error = Assert.ThrowsAny<CryptographicException>(() => CipherText.Decrypt(ciphertext));
        Assert.Contains("chunk size", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decrypt_NotOurFormat_Throws()
    {
        Assert.ThrowsAny<CryptographicException>(() => CipherText.Decrypt("not encrypted at all"u8.ToArray()));
        Assert.ThrowsAny<CryptographicException>(() => CipherText.Decrypt([]));
    }

    [Fact]
    public void Encrypt_WriterThrowsHalfWay_CiphertextNeverDecrypts()
    {
        using var ciphertext = new MemoryStream();

        Assert.Throws<InvalidOperationException>(() => ChunkedCipher.Encrypt(
            plaintext =>
            {
                plaintext.Write(CipherText.Bytes(3 * ChunkedCipher.ChunkSize));
                throw new InvalidOperationException("the book reader failed");
            },
            ciphertext, CipherText.Key, CipherText.Context));

        Assert.ThrowsAny<CryptographicException>(() => CipherText.Decrypt(ciphertext.ToArray()));
    }

    [Fact]
    public async Task EncryptAsync_ThenReadAsync_RoundTrips()
    {
        var plaintext = CipherText.Bytes((2 * ChunkedCipher.ChunkSize) + 5);
        using var ciphertext = new MemoryStream();

        await ChunkedCipher.EncryptAsync(new MemoryStream(plaintext), ciphertext, CipherText.Key, CipherText.Context);
        ciphertext.Position = 0;
        await using var decrypting = ChunkedCipher.OpenDecrypting(ciphertext, CipherText.Key, CipherText.Context);
        using var output = new MemoryStream();
        await decrypting.CopyToAsync(output);

        Assert.Equal(plaintext, output.ToArray());
    }

    [Fact]
    public void OpenDecrypting_LastChunkTampered_HandsOutOnlyVerifiedChunksThenThrows()
    {
        var ciphertext = CipherText.Encrypt(CipherText.Bytes(25), chunkSize: 10);
        ciphertext[^1] ^= 1;
        using var decrypting = ChunkedCipher.OpenDecrypting(new MemoryStream(ciphertext), CipherText.Key, CipherText.Context);
        var buffer = new byte[20];

        decrypting.ReadExactly(buffer);

        Assert.Equal(CipherText.Bytes(20), buffer);
        Assert.ThrowsAny<CryptographicException>(() => decrypting.ReadByte());
    }

    [Fact]
    public void OpenDecrypting_Disposed_DisposesTheCiphertextUnlessLeftOpen()
    {
        var ciphertext = CipherText.Encrypt([1], chunkSize: 10);
        var kept = new MemoryStream(ciphertext);
        var owned = new MemoryStream(ciphertext);

        ChunkedCipher.OpenDecrypting(kept, CipherText.Key, CipherText.Context, leaveOpen: true).Dispose();
        ChunkedCipher.OpenDecrypting(owned, CipherText.Key, CipherText.Context).Dispose();

        Assert.True(kept.CanRead);
        Assert.False(owned.CanRead);
    }

    [Fact]
    public void Decrypt_StreamToStream_RoundTrips()
    {
        var plaintext = CipherText.Bytes(100_000);
        using var ciphertext = new MemoryStream();
        using var output = new MemoryStream();

        ChunkedCipher.Encrypt(new MemoryStream(plaintext), ciphertext, CipherText.Key, CipherText.Context);
        ciphertext.Position = 0;
        ChunkedCipher.Decrypt(ciphertext, output, CipherText.Key, CipherText.Context);

        Assert.Equal(plaintext, output.ToArray());
    }
}
