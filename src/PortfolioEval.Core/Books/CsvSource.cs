using System.Text;

namespace PortfolioEval.Books;

/// <summary>A delimited text book (.csv, .tsv, .txt): one sheet, its encoding and delimiter detected from the bytes.</summary>
internal sealed class CsvSource : IBookSource
{
    private const int SampleChars = 64 * 1024;
    private readonly Stream stream;
    private readonly Encoding encoding;
    private readonly int bomLength;
    private readonly int maxCellChars;
    private readonly int maxColumns;

    public CsvSource(Stream stream, BookLimits limits)
    {
        this.stream = stream;
        maxCellChars = limits.MaxCellChars;
        maxColumns = limits.MaxColumns;
        stream.Position = 0;
        (encoding, bomLength) = TextEncodingDetector.Detect(stream);
        using var reader = OpenReader();
        var sample = new char[SampleChars];
        var read = reader.ReadBlock(sample, 0, sample.Length);
        Delimiter = DelimiterDetector.Detect(new string(sample, 0, read), read < sample.Length, maxCellChars);
    }

    public BookFormat Format => BookFormat.Csv;

    public string? EncodingName => encoding.WebName;

    public char? Delimiter { get; }

    public IReadOnlyList<(string Name, bool Hidden)> Sheets { get; } = [("CSV", false)];

    public IEnumerable<SheetRow> ReadSheet(int index, CancellationToken cancellation)
    {
        using var reader = OpenReader();
        var records = new CsvRecordReader(reader, Delimiter!.Value, maxCellChars, maxColumns);
        var fields = new List<string>();
        var number = 0;
        while (records.TryRead(fields))
        {
            cancellation.ThrowIfCancellationRequested();
            number++;
            // The reader already left out the blank fields after the last value.
            yield return new SheetRow(number, [.. fields]);
        }
    }

    public bool IsMergedTitle(int sheet, SheetRow row) => false;

    public void Dispose()
    {
        // The stream belongs to the caller.
    }

    private StreamReader OpenReader()
    {
        stream.Position = bomLength;
        return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true);
    }
}
