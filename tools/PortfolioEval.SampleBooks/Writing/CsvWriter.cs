using System.Text;

namespace PortfolioEval.SampleBooks.Writing;

/// <summary>
/// Writes RFC 4180 CSV: CRLF line ends, a field quoted when it holds the delimiter, a quote, a line break or
/// edge spaces, quotes doubled inside. The encoding's preamble decides the BOM (see <see cref="CsvEncodings"/>).
/// </summary>
public sealed class CsvWriter : IDisposable
{
    private readonly StreamWriter writer;
    private readonly char delimiter;

    /// <param name="output">Receives the text; left open.</param>
    public CsvWriter(Stream output, char delimiter, Encoding encoding)
    {
        writer = new StreamWriter(output, encoding, bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        this.delimiter = delimiter;
    }

    public void WriteRow(params ReadOnlySpan<string?> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
                writer.Write(delimiter);
            WriteField(fields[i] ?? "");
        }

        writer.WriteLine();
    }

    public void Dispose() => writer.Dispose();

    private void WriteField(string field)
    {
        var quote = field.Length > 0
            && (field.AsSpan().IndexOfAny([delimiter, '"', '\r', '\n']) >= 0 || field[0] == ' ' || field[^1] == ' ');
        if (!quote)
        {
            writer.Write(field);
            return;
        }

        writer.Write('"');
        writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}

/// <summary>The encodings sample CSVs are written in.</summary>
public static class CsvEncodings
{
    public static Encoding Utf8(bool bom) => new UTF8Encoding(bom, throwOnInvalidBytes: true);

    /// <summary>
    /// Windows-1252, what Excel on a Spanish Windows saves as "CSV (delimitado por comas)". It covers Latin-1's letters
    /// plus the dash and the euro sign. A character it cannot hold throws: a sample must not carry a silent '?'.
    /// </summary>
    public static Encoding Windows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
