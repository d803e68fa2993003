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
            WriteRecord(writer, client);

        writer.Write((byte)0);
        writer.Flush();
    }

    /// <summary>Clients encoded together: a few milliseconds of work, so the choice of cores is made often.</summary>
    public const int BatchSize = 4096;

    /// <summary>
    /// Writes the bytes <see cref="Write(IEnumerable{PseudonymisedClient}, Stream)"/> writes, in pairs of batches of
    /// <see cref="BatchSize"/> clients: the second of each pair encoded on a second thread when
    /// <paramref name="helper"/> starts one (asked before each pair; null keeps to the calling thread, as under
    /// load), while the calling thread writes the first into <paramref name="stream"/>, then the second after it. One
    /// batch's bytes are held at a time, never the whole book's.
    /// </summary>
    /// <exception cref="System.Text.EncoderFallbackException">A string holds an unpaired surrogate.</exception>
    public static void Write(IReadOnlyList<PseudonymisedClient> clients, Stream stream, Func<Action, Task?>? helper)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(stream);

        using var writer = new BinaryWriter(stream, StrictUtf8, leaveOpen: true);
        using var batch = new MemoryStream();
        using var batchWriter = new BinaryWriter(batch, StrictUtf8, leaveOpen: true);
        writer.Write(Version);
        for (var start = 0; start < clients.Count; start += 2 * BatchSize)
        {
            var middle = Math.Min(start + BatchSize, clients.Count);
            var end = Math.Min(middle + BatchSize, clients.Count);
            batch.SetLength(0);
            var other = middle < end ? helper?.Invoke(() => WriteRecords(batchWriter, clients, middle, end)) : null;
            try
            {
                WriteRecords(writer, clients, start, other is null ? end : middle);
            }
            catch when (other is not null)
            {
                // The helper writes into the batch being disposed: let it finish first.
                AwaitQuietly(other);
                throw;
            }

            if (other is null)
                continue;
            other.GetAwaiter().GetResult();
            writer.Write(batch.GetBuffer().AsSpan(0, (int)batch.Length));
        }

        writer.Write((byte)0);
        writer.Flush();
    }

    /// <summary>The bytes <see cref="Write(IEnumerable{PseudonymisedClient}, Stream)"/> would write for these clients, written nowhere.</summary>
    public static long Length(IEnumerable<PseudonymisedClient> clients)
    {
        using var counter = new CountingStream();
        Write(clients, counter);
        return counter.Length;
    }

    /// <summary>
    /// <see cref="Length(IEnumerable{PseudonymisedClient})"/>, the second half counted on a second thread when
    /// <paramref name="helper"/> starts one.
    /// </summary>
    public static long Length(IReadOnlyList<PseudonymisedClient> clients, Func<Action, Task?>? helper)
    {
        ArgumentNullException.ThrowIfNull(clients);
        using var firstHalf = new CountingStream();
        using var secondHalf = new CountingStream();
        var half = clients.Count / 2;
        var other = half > 0 ? helper?.Invoke(() => Count(secondHalf, clients, half, clients.Count)) : null;
        try
        {
            Count(firstHalf, clients, 0, other is null ? clients.Count : half);
        }
        catch when (other is not null)
        {
            AwaitQuietly(other);
            throw;
        }

        other?.GetAwaiter().GetResult();
        return 2 + firstHalf.Length + secondHalf.Length; // the version and the end marker
    }

    private static void Count(CountingStream counter, IReadOnlyList<PseudonymisedClient> clients, int from, int to)
    {
        using var writer = new BinaryWriter(counter, StrictUtf8, leaveOpen: true);
        WriteRecords(writer, clients, from, to);
    }

    private static void WriteRecords(BinaryWriter writer, IReadOnlyList<PseudonymisedClient> clients, int from, int to)
    {
        for (var i = from; i < to; i++)
            WriteRecord(writer, clients[i]);
        writer.Flush();
    }

    private static void WriteRecord(BinaryWriter writer, PseudonymisedClient client)
    {
        writer.Write((byte)1);
        ClientRecordFields.Write(writer, client);
    }

    private static void AwaitQuietly(Task task)
    {
        try
        {
            task.Wait();
        }
        catch (AggregateException)
        {
            // The calling thread's own failure is the one reported.
        }
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
