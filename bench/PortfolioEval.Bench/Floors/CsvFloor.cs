using System.Text;
using PortfolioEval.Bench.Pipeline;
using PortfolioEval.Privacy;
using Sylvan.Data.Csv;

namespace PortfolioEval.Bench.Floors;

/// <summary>
/// The least a CSV import must do: split the bytes into fields (quote-aware, no decoding, no strings), and encrypt
/// the file once with the cipher the import uses. Timed separately and added, as the target reads.
/// </summary>
public static class CsvFloor
{
    /// <summary>The number of fields, so the work cannot be optimised away and can be checked.</summary>
    public static long SplitFields(byte[] content, byte delimiter)
    {
        ArgumentNullException.ThrowIfNull(content);
        long fields = 0;
        var quoted = false;
        foreach (var b in content)
        {
            if (b == (byte)'"')
                quoted = !quoted; // "" inside a quoted field toggles twice: still quoted
            else if (!quoted && (b == delimiter || b == (byte)'\n'))
                fields++;
        }

        return fields;
    }

    /// <summary>
    /// Issue 18's CSV parse floor: Sylvan.Data.Csv, a fast field reader, over the file decoded as UTF-8, touching every
    /// field's characters (no strings made). The number of fields.
    /// </summary>
    public static long ReadFields(byte[] content, char delimiter)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var text = new StreamReader(new MemoryStream(content, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { Delimiter = delimiter, HasHeaders = true });
        long fields = 0, characters = 0;
        while (csv.Read())
        {
            for (var i = 0; i < csv.RowFieldCount; i++)
                characters += csv.GetFieldSpan(i).Length;
            fields += csv.RowFieldCount;
        }

        return fields + (characters & 1);
    }

    /// <summary>AES-256-GCM over the whole file in ChunkedCipher's chunks, to a sink that only counts.</summary>
    public static long Encrypt(byte[] content)
    {
        using var secret = CandidateSecret.New();
        using var plaintext = new MemoryStream(content, writable: false);
        using var sink = new CountingStream();
        ChunkedCipher.Encrypt(plaintext, sink, secret.DataKey, "bench/csv-floor"u8);
        return sink.Written;
    }
}
