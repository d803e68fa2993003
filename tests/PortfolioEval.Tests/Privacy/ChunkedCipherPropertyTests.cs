using System.Security.Cryptography;
using FsCheck;
using FsCheck.Xunit;
using PortfolioEval.Privacy;
using PortfolioEval.Tests.Privacy.Support;

namespace PortfolioEval.Tests.Privacy;

public class ChunkedCipherPropertyTests
{
    // Small chunks so that short generated arrays span many chunks and every boundary case comes up.
    private static int ChunkSizeOf(PositiveInt size) => 1 + (size.Get % 40);

    [Property(MaxTest = 300)]
    public bool Cipher_AnyBytesAnyChunkSize_RoundTrips(byte[] plaintext, PositiveInt size, byte[] context)
    {
        var chunkSize = ChunkSizeOf(size);

        var ciphertext = ChunkedCipher.Encrypt(plaintext, CipherText.Key, context, chunkSize);

        return ciphertext.Length == ChunkedCipher.CiphertextLength(plaintext.Length, chunkSize)
            && ChunkedCipher.Decrypt(ciphertext, CipherText.Key, context).AsSpan().SequenceEqual(plaintext);
    }

    [Property(MaxTest = 200)]
    public bool Cipher_ReadInAnySteps_RoundTrips(byte[] plaintext, PositiveInt size, PositiveInt[] steps)
    {
        var ciphertext = CipherText.Encrypt(plaintext, ChunkSizeOf(size));
        using var decrypting = ChunkedCipher.OpenDecrypting(new MemoryStream(ciphertext), CipherText.Key, CipherText.Context);
        var output = new List<byte>();

        for (var i = 0; ; i++)
        {
            var buffer = new byte[steps.Length == 0 ? 7 : 1 + (steps[i % steps.Length].Get % 50)];
            var read = decrypting.Read(buffer);
            if (read == 0)
                break;
            output.AddRange(buffer[..read]);
        }

        return output.SequenceEqual(plaintext);
    }

    [Property(MaxTest = 500)]
    public void Cipher_AnySingleByteFlipped_Throws(byte[] plaintext, PositiveInt size, NonNegativeInt position, byte mask)
    {
        var ciphertext = CipherText.Encrypt(plaintext, ChunkSizeOf(size));
        ciphertext[position.Get % ciphertext.Length] ^= mask == 0 ? (byte)0x80 : mask;

        Assert.ThrowsAny<CryptographicException>(() => CipherText.Decrypt(ciphertext));
    }

    [Property(MaxTest = 500)]
    public void Cipher_TruncatedAnywhere_Throws(byte[] plaintext, PositiveInt size, NonNegativeInt cut)
    {
        var ciphertext = CipherText.Encrypt(plaintext, ChunkSizeOf(size));

        Assert.ThrowsAny<CryptographicException>(() => CipherText.Decrypt(ciphertext[..(cut.Get % ciphertext.Length)]));
    }

    [Property(MaxTest = 300)]
    public void Cipher_TwoChunksSwapped_Throws(byte[] plaintext, PositiveInt size, NonNegativeInt first, NonNegativeInt gap)
    {
        var chunkSize = ChunkSizeOf(size);
        // At least two full chunks to swap (the final one is shorter and could not take a full one's place).
        byte[] padded = [.. plaintext, .. CipherText.Bytes(2 * chunkSize)];
        var fullChunks = padded.Length / chunkSize;
        var a = first.Get % fullChunks;
        var b = (a + 1 + (gap.Get % (fullChunks - 1))) % fullChunks;

        var swapped = CipherText.SwapChunks(CipherText.Encrypt(padded, chunkSize), a, b, chunkSize);

        Assert.ThrowsAny<CryptographicException>(() => CipherText.Decrypt(swapped));
    }

    [Property(MaxTest = 200)]
    public void Cipher_UnderAnyOtherContext_Throws(byte[] plaintext, byte[] context, byte[] otherContext)
    {
        var ciphertext = CipherText.Encrypt(plaintext, chunkSize: 8, context);

        if (!context.AsSpan().SequenceEqual(otherContext))
            Assert.ThrowsAny<CryptographicException>(() => CipherText.Decrypt(ciphertext, otherContext));
    }
}
