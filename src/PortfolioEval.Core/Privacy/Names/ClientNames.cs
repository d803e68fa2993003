using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using PortfolioEval.Books;

namespace PortfolioEval.Privacy;

/// <summary>
/// The names of a book's clients (<see cref="ClientIdentity"/>) in the order they were read, held in memory only from
/// the reading until their labels are saved, where each new label gets its own, encrypted under the candidate's key.
/// Packed into one buffer: a million clients cost about the bytes of their names, not a million strings.
/// </summary>
public sealed class ClientNames : IDisposable
{
    /// <summary>Characters kept of a name or a contact: enough for any real one, and a bound on a hostile cell.</summary>
    public const int MaxLength = 200;

    private readonly ArrayBufferWriter<byte> packed = new(4096);
    private readonly List<int> ends = [];

    public int Count => ends.Count;

    /// <summary>Adds the client's name as first written and its contact (both trimmed; a blank contact is none).</summary>
    public void Add(ImportedClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        Write(client.ClientName, client.ContactPerson);
    }

    internal void Write(string name, string? contact)
    {
        var nameText = Cut(name);
        var contactText = Cut(contact ?? "");
        var nameBytes = Encoding.UTF8.GetByteCount(nameText);
        var span = packed.GetSpan(2 + nameBytes + Encoding.UTF8.GetByteCount(contactText));
        BinaryPrimitives.WriteUInt16BigEndian(span, (ushort)nameBytes);
        var written = 2 + Encoding.UTF8.GetBytes(nameText, span[2..]);
        written += Encoding.UTF8.GetBytes(contactText, span[written..]);
        packed.Advance(written);
        ends.Add(packed.WrittenCount);
    }

    /// <summary>The <paramref name="index"/>th client's names as <see cref="ClientNameCipher"/> encrypts them.</summary>
    public ReadOnlySpan<byte> Payload(int index)
    {
        var start = index == 0 ? 0 : ends[index - 1];
        return packed.WrittenSpan[start..ends[index]];
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
        packed.Clear();
        ends.Clear();
    }

    private static string Cut(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length <= MaxLength ? trimmed : trimmed[..MaxLength];
    }
}
