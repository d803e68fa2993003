using System.Text;
using PortfolioEval.Books;

namespace PortfolioEval.Privacy;

/// <summary>
/// Writes pseudonymised clients to a stream and reads them back one at a time, so a book of a million clients never
/// has to be in memory at once. The stream is meant to be wrapped by <see cref="ChunkedCipher"/>; the codec itself
/// neither encrypts nor authenticates.
/// </summary>
/// <remarks>
/// Version 2 layout (little-endian, <see cref="BinaryWriter"/> conventions): one version byte, then per client a
/// <c>1</c> byte followed by the record, and a final <c>0</c> byte so a cut stream is told from a short one. A record
/// is a presence mask of the nullable fields (<see cref="ClientRecordFields"/>) as a 7-bit encoded number, the client
/// pseudonym, then
/// each present field in declaration order: strings length-prefixed strict UTF-8, dates as 7-bit day numbers, decimals
/// as their four 32-bit parts (the scale survives: 1.50 stays 1.50), ints 7-bit encoded; then the per-currency totals
/// (7-bit count; each a presence byte, the currency if present and the amount), the purchase count and the row count.
/// A field added later takes the mask's next bit and goes after the row count. Version 3 adds one such field, the
/// client's sales by day (<see cref="DatedSales"/>): per currency, its presence byte and code, the number of days, and
/// each day as a 7-bit step from the one before with its amount. Version 2 is version 3 without that bit; version 1,
/// which books imported before 2026-12 hold, is version 2 but for a fixed 16-bit mask, all of whose bits were taken.
/// Both are still read.
/// </remarks>
public static class ClientRecordCodec
{
    /// <summary>The layout written by <see cref="Write"/>. Bump it, and keep reading the old one, on any change.</summary>
    public const byte Version = 3;

    /// <summary>The oldest layout <see cref="Read"/> still reads.</summary>
    public const byte OldestReadable = 1;

    // A lone surrogate would become U+FFFD silently; failing the write is better than storing something else.
    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes every client, then the end marker. The stream is left open and flushed.</summary>
    /// <exception cref="System.Text.EncoderFallbackException">A string holds an unpaired surrogate.</exception>
    public static void Write(IEnumerable<PseudonymisedClient> clients, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(stream);

        using var writer = new BinaryWriter(stream, StrictUtf8, leaveOpen: true);
        writer.Write(Version);
        foreach (var client in clients)
        {
            writer.Write((byte)1);
            ClientRecordFields.Write(writer, client);
        }

        writer.Write((byte)0);
        writer.Flush();
    }

    /// <summary>The bytes <see cref="Write"/> would write for these clients, written nowhere.</summary>
    public static long Length(IEnumerable<PseudonymisedClient> clients)
    {
        using var counter = new CountingStream();
        Write(clients, counter);
        return counter.Length;
    }

    /// <summary>
    /// Reads the version now and the clients lazily as they are enumerated (once). The stream is left open.
    /// </summary>
    /// <exception cref="InvalidDataException">Unknown version, a cut stream or a malformed record.</exception>
    public static IEnumerable<PseudonymisedClient> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);

        var version = stream.ReadByte();
        if (version is < OldestReadable or > Version)
        {
            throw new InvalidDataException(version < 0
                ? "The client records are empty."
                : $"Unknown client record version {version}.");
        }

        return ReadRecords(stream, (byte)version);
    }

    private static IEnumerable<PseudonymisedClient> ReadRecords(Stream stream, byte version)
    {
        using var reader = new BinaryReader(stream, StrictUtf8, leaveOpen: true);
        // Sectors, cities, products and currencies repeat across clients: one string each, as the import held them.
        var words = new StringPool();
        while (true)
        {
            PseudonymisedClient client;
            try
            {
                var marker = reader.ReadByte();
                if (marker == 0)
                    yield break;
                if (marker != 1)
                    throw new InvalidDataException("Malformed client records: bad record marker.");
                client = ClientRecordFields.Read(reader, version, words);
            }
            catch (Exception e) when (e is IOException or ArgumentException or FormatException)
            {
                // The message says where, never what: the fields are pseudonymous but still the candidate's data.
                throw new InvalidDataException("The client records are cut short or malformed.", e);
            }

            yield return client;
        }
    }

    private sealed class CountingStream : Stream
    {
        private long length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => length;
        public override long Position { get => length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;
        public override void WriteByte(byte value) => length++;
        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
