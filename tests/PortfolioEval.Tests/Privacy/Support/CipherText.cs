using PortfolioEval.Privacy;

namespace PortfolioEval.Tests.Privacy.Support;

/// <summary>Keys, contexts and the chunk layout of <see cref="ChunkedCipher"/>, for tests that tamper with it.</summary>
public static class CipherText
{
    public const int HeaderLength = 17;
    public const int TagLength = 16;

    public static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    public static readonly byte[] OtherKey = [.. Enumerable.Range(2, 32).Select(i => (byte)i)];
    public static readonly byte[] Context = "book-0001"u8.ToArray();

    public static byte[] Encrypt(byte[] plaintext, int chunkSize, byte[]? context = null) =>
        ChunkedCipher.Encrypt(plaintext, Key, context ?? Context, chunkSize);

    public static byte[] Decrypt(byte[] ciphertext, byte[]? context = null) =>
        ChunkedCipher.Decrypt(ciphertext, Key, context ?? Context);

    /// <summary>Where chunk <paramref name="index"/> starts; every chunk before the last is chunk size + tag long.</summary>
    public static int ChunkOffset(int index, int chunkSize) => HeaderLength + (index * (chunkSize + TagLength));

    public static byte[] SwapChunks(byte[] ciphertext, int a, int b, int chunkSize)
    {
        var swapped = (byte[])ciphertext.Clone();
        var length = chunkSize + TagLength;
        ciphertext.AsSpan(ChunkOffset(a, chunkSize), length).CopyTo(swapped.AsSpan(ChunkOffset(b, chunkSize)));
        ciphertext.AsSpan(ChunkOffset(b, chunkSize), length).CopyTo(swapped.AsSpan(ChunkOffset(a, chunkSize)));
        return swapped;
    }

    public static byte[] Bytes(int length, int seed = 7) => [.. Enumerable.Range(0, length).Select(i => (byte)((i * 31) + seed))];
}
