using System.Globalization;
using System.Security.Cryptography;
using PortfolioEval.Bench.Pipeline;
using PortfolioEval.Privacy;

namespace PortfolioEval.Bench.Floors;

/// <summary>
/// The per-client work no reader can save the product (issue 18's honest floor): six keyed pseudonyms a client
/// (HMAC-SHA256 under the pseudonym key, over a kind byte and a value of a client's length) and AES-256-GCM in
/// ChunkedCipher's chunks over as many bytes as the pipeline stores for its clients, in a tight loop on one core, or
/// on two (<see cref="RunOnTwoCores"/>), as the pipeline runs when no request waits.
/// </summary>
public static class ClientWorkFloor
{
    /// <summary>Pseudonyms a client: the client, contact, email, phone, tax id and address.</summary>
    public const int PseudonymsPerClient = 6;

    /// <returns>Bytes written, so the work cannot be optimised away.</returns>
    public static long Run(int clients, long recordBytes)
    {
        using var secret = CandidateSecret.New();
        return Pseudonyms(secret, 0, clients) + Encrypt(secret, recordBytes);
    }

    /// <summary>
    /// The same work on two cores, the floor of a pipeline that uses both: half the clients' pseudonyms and half the
    /// records' bytes (as a stream of their own) on a second thread.
    /// </summary>
    public static long RunOnTwoCores(int clients, long recordBytes)
    {
        using var secret = CandidateSecret.New();
        var half = clients / 2;
        var other = Task.Factory.StartNew(() => Pseudonyms(secret, half, clients) + Encrypt(secret, recordBytes / 2),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var mine = Pseudonyms(secret, 0, half) + Encrypt(secret, recordBytes - (recordBytes / 2));
        return mine + other.GetAwaiter().GetResult();
    }

    private static long Pseudonyms(CandidateSecret secret, int from, int to)
    {
        using var mac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, secret.PseudonymKey);
        Span<byte> message = stackalloc byte[64];
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        long check = 0;
        for (var i = from; i < to; i++)
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

        return check;
    }

    private static long Encrypt(CandidateSecret secret, long recordBytes)
    {
        using var sink = new CountingStream();
        ChunkedCipher.Encrypt(plaintext => WriteZeros(plaintext, recordBytes), sink, secret.DataKey, "bench/client-floor"u8);
        return sink.Written;
    }

    private static void WriteZeros(Stream stream, long length)
    {
        var block = new byte[64 * 1024];
        for (var left = length; left > 0; left -= block.Length)
            stream.Write(block, 0, (int)Math.Min(block.Length, left));
    }
}
