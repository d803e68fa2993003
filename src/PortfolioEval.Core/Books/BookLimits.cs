namespace PortfolioEval.Books;

/// <summary>
/// Bounds that keep one hostile or broken upload from taking the server's memory or time.
/// Raising them trades safety for tolerance: each says what it protects.
/// </summary>
public sealed record BookLimits
{
    /// <summary>Sum of the declared uncompressed sizes of an xlsx's zip entries. Guards memory against zip bombs.</summary>
    public long MaxUncompressedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Uncompressed:compressed ratio above which a large entry is treated as a zip bomb. Real sheets stay near 10:1.</summary>
    public int MaxCompressionRatio { get; init; } = 100;

    /// <summary>Entries smaller than this are not ratio-checked: a tiny, very repetitive part is harmless.</summary>
    public long RatioCheckMinEntryBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// Fields in one record of a delimited text, empty ones included: Excel's own column count (A to XFD). Past it a
    /// record is refused as it is read, so a line of millions of delimiters costs no memory.
    /// </summary>
    public const int MaxFieldsPerRow = 16_384;

    /// <summary>Columns that hold data. Empty columns beyond the data are trimmed, not counted.</summary>
    public int MaxColumns { get; init; } = 200;

    /// <summary>Data rows below the header. Excel's own maximum by default.</summary>
    public int MaxRows { get; init; } = 1_048_576;

    /// <summary>Characters in one cell: Excel's own limit, so any larger cell was not typed by a person.</summary>
    public int MaxCellChars { get; init; } = 32_767;

    /// <summary>
    /// This many blank rows in a row end the sheet. Sheets formatted down to row 1,048,576 are common and hold nothing;
    /// reading them to the end would cost time for no data. Rows after such a gap are not read.
    /// </summary>
    public int MaxConsecutiveBlankRows { get; init; } = 10_000;
}
