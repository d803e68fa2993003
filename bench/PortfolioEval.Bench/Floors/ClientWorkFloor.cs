using System.Globalization;
using System.Security.Cryptography;
using PortfolioEval.Bench.Pipeline;
using PortfolioEval.Privacy;

namespace PortfolioEval.Bench.Floors;

/// <summary>
/// The per-client work no reader can save the product (issue 18's honest floor): six keyed pseudonyms a client
/// (HMAC-SHA256 under the pseudonym key, over a kind byte and a value of a client's length) and AES-256-GCM in
/// ChunkedCipher's chunks over as many bytes as the pipeline stores for its clients, in a tight loop on one core.
/// </summary>
public static class ClientWorkFloor
{
    /// <summary>Pseudonyms a client: the client, contact, email, phone, tax id and address.</summary>
    public const int PseudonymsPerClient = 6;

    /// <returns>Bytes written, so the work cannot be optimised away.</returns>
    public static long Run(int clients, long recordBytes)
    {
        using var secret = CandidateSecret.New();
        using var mac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, secret.PseudonymKey);
        Span<byte> message = stackalloc byte[64];
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        long check = 0;
        for (var i = 0; i < clients; i++)
        {
            for (var kind = 1; kind <= PseudonymsPerClient; kind++)
            {
                // "cliente 0001234 x@y" and alike: a value of the length a name, email or phone has.
                message[0] = (byte)kind;
                "cliente-ejemplo-"u8.CopyTo(message[1..]);
                i.TryFormat(message[17..], out var written, "D8", CultureInfo.InvariantCulture);
                mac.AppendData(message[..(17 + written)]);
                mac.GetHashAndReset(hash);
                check += hash[0];
            }
        }

        using var sink = new CountingStream();
        ChunkedCipher.Encrypt(plaintext => WriteZeros(plaintext, recordBytes), sink, secret.DataKey, "bench/client-floor"u8);
        return sink.Written + check;
    }

    private static void WriteZeros(Stream stream, long length)
    {
        var block = new byte[64 * 1024];
        for (var left = length; left > 0; left -= block.Length)
            stream.Write(block, 0, (int)Math.Min(block.Length, left));
    }
}
