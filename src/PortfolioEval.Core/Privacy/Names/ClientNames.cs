using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using PortfolioEval.Books;

namespace PortfolioEval.Privacy;

/// <summary>
/// The names of a book's clients (<see cref="ClientIdentity"/>) in the order they were read, held in memory only from
/// the reading until their labels are saved, where each new label gets its own, encrypted under the candidate's key.
/// Packed into 1 MiB segments: a million clients cost about the bytes of their names (some 50 MB), not a million
/// strings, and growing never copies what is already packed.
/// </summary>
public sealed class ClientNames : IDisposable
{
    /// <summary>Characters kept of a name or a contact: enough for any real one, and a bound on a hostile cell.</summary>
    public const int MaxLength = 200;

    private const int SegmentSize = 1 << 20;

    private readonly List<byte[]> segments = [];

    // Per client: segment (bits 40+), start in it (bits 16-39), length (bits 0-15).
    private readonly List<long> entries = [];
    private int used = SegmentSize;

    public int Count => entries.Count;

    /// <summary>Adds the client's name as first written and its contact (both trimmed; a blank contact is none).</summary>
    public void Add(ImportedClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var name = Cut(client.ClientName);
        var contact = Cut(client.ContactPerson ?? "");
        var nameBytes = Encoding.UTF8.GetByteCount(name);
        var length = 2 + nameBytes + Encoding.UTF8.GetByteCount(contact);
        if (used + length > SegmentSize)
        {
            segments.Add(new byte[SegmentSize]);
            used = 0;
        }
        var span = segments[^1].AsSpan(used, length);
        BinaryPrimitives.WriteUInt16BigEndian(span, (ushort)nameBytes);
        Encoding.UTF8.GetBytes(name, span[2..]);
        Encoding.UTF8.GetBytes(contact, span[(2 + nameBytes)..]);
        entries.Add(((long)(segments.Count - 1) << 40) | ((long)used << 16) | (uint)length);
        used += length;
    }

    /// <summary>The <paramref name="index"/>th client's names as <see cref="ClientNameCipher"/> encrypts them.</summary>
    public ReadOnlySpan<byte> Payload(int index)
    {
        var entry = entries[index];
        return segments[(int)(entry >> 40)].AsSpan((int)((entry >> 16) & 0xFF_FFFF), (int)(entry & 0xFFFF));
    }

    /// <summary>Reads back what <see cref="Add"/> packed.</summary>
    public static ClientIdentity Read(ReadOnlySpan<byte> payload)
    {
        if (payload.Length < 2)
            throw new CryptographicException("A client's names are cut short.");
        var nameBytes = BinaryPrimitives.ReadUInt16BigEndian(payload);
        if (nameBytes > payload.Length - 2)
            throw new CryptographicException("A client's names are cut short.");
        var contact = Encoding.UTF8.GetString(payload[(2 + nameBytes)..]);
        return new ClientIdentity(Encoding.UTF8.GetString(payload.Slice(2, nameBytes)), contact.Length == 0 ? null : contact);
    }

    /// <summary>Zeroes the plaintext names: they are not left for the garbage collector to hand out again.</summary>
    public void Dispose()
    {
        foreach (var segment in segments)
            CryptographicOperations.ZeroMemory(segment);
        segments.Clear();
        entries.Clear();
    }

    private static string Cut(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length <= MaxLength ? trimmed : trimmed[..MaxLength];
    }
}
