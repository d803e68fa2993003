using System.Xml;

namespace PortfolioEval.Books.Xlsx;

/// <summary>
/// An xlsx read with our own streaming reader: one pass of <see cref="XlsxSheetScanner"/> over the sheet's bytes a
/// reading, where ExcelDataReader scans the whole sheet once more on opening (for its dimensions and merges). Cells
/// come out as ExcelDataReader gives them (see <see cref="XlsxCellValues"/>). Every fault of the package is a
/// <see cref="BookReadException"/>. Password-protected workbooks are not zips: ExcelDataReader still reads those.
/// </summary>
internal sealed class XlsxSource : IBookSource
{
    private readonly XlsxWorkbook book;
    private readonly Dictionary<int, Dictionary<int, int>> titleStarts = [];
    private readonly Dictionary<int, XlsxSheetScanner> readings = [];

    public XlsxSource(Stream stream)
    {
        book = Guard(() => new XlsxWorkbook(stream));
        Sheets = [.. book.Sheets.Select(s => (s.Name, s.Hidden))];
    }

    public BookFormat Format => BookFormat.Xlsx;

    public string? EncodingName => null;

    public char? Delimiter => null;

    public IReadOnlyList<(string Name, bool Hidden)> Sheets { get; }

    public IEnumerable<SheetRow> ReadSheet(int index, CancellationToken cancellation)
    {
        if (book.Sheets[index].Part is not { } part)
            yield break;
        var reading = readings[index] = new XlsxSheetScanner(book);
        using var rows = reading.Rows(part, cancellation).GetEnumerator();
        Func<bool> next = rows.MoveNext; // one delegate for the sheet, not one a row
        while (Guard(next))
            yield return rows.Current;
    }

    public int? EstimatedLastRow(int sheet) => readings.TryGetValue(sheet, out var reading) ? reading.EstimatedLastRow : null;

    /// <summary>The sheet's merges are read the first time a row asks, with one scan of the sheet's bytes.</summary>
    public bool IsMergedTitle(int sheet, SheetRow row)
    {
        if (!titleStarts.TryGetValue(sheet, out var starts))
        {
            starts = Guard(() =>
            {
                using var part = book.Sheets[sheet].Part is { } name ? book.Open(name) : null;
                return MergedTitles.Starts(part is null ? [] : XlsxMerges.Find(part));
            });
            titleStarts[sheet] = starts;
        }

        return MergedTitles.IsTitle(row, starts);
    }

    public void Dispose() => book?.Dispose();

    private static T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException or System.Text.DecoderFallbackException
                                      or ArgumentException or FormatException or OverflowException)
        {
            // A cut zip is caught by the guard before this; anything here is damage inside the package.
            throw new BookReadException(e is EndOfStreamException ? BookError.Truncated : BookError.Corrupt, $"{e.GetType().Name}: {e.Message}", e);
        }
    }
}
