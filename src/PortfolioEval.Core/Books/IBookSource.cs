namespace PortfolioEval.Books;

/// <summary>The sheets of an opened book, read row by row. Implemented per file kind; limits apply on top (see <see cref="RowGuard"/>).</summary>
internal interface IBookSource : IDisposable
{
    BookFormat Format { get; }

    /// <summary>Web name of the text encoding, for CSV.</summary>
    string? EncodingName { get; }

    char? Delimiter { get; }

    IReadOnlyList<(string Name, bool Hidden)> Sheets { get; }

    /// <summary>Streams the rows of one sheet from its first row. Each call starts over.</summary>
    IEnumerable<SheetRow> ReadSheet(int index, CancellationToken cancellation);

    /// <summary>
    /// Where the sheet ends as far as the rows read so far tell (an xlsx sheet's declared dimension, else its rows read
    /// scaled by its bytes read); null when the format cannot tell. An estimate to spare reading a large sheet to its
    /// end, never a count.
    /// </summary>
    int? EstimatedLastRow(int sheet) => null;

    /// <summary>
    /// The row's only content is a cell merged across several columns: a title, not a header. Asked only about the
    /// few rows that could be a header, while their sheet is read, so a reader may find the merges lazily.
    /// </summary>
    bool IsMergedTitle(int sheet, SheetRow row);
}
