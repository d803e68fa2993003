namespace PortfolioEval.Books;

/// <summary>What the reader understood of a book before importing it: shown to the candidate to confirm the mapping.</summary>
public sealed record BookInspection
{
    public required BookFormat Format { get; init; }

    /// <summary>Web name of the text encoding (CSV only), e.g. "utf-8", "windows-1252", "ibm850".</summary>
    public string? Encoding { get; init; }

    /// <summary>Field delimiter (CSV only).</summary>
    public char? Delimiter { get; init; }

    public required IReadOnlyList<SheetInfo> Sheets { get; init; }

    /// <summary>Index of the sheet the other properties describe.</summary>
    public required int SheetIndex { get; init; }

    /// <summary>1-based sheet row of the header.</summary>
    public required int HeaderRow { get; init; }

    /// <summary>Columns up to the last one with a header or data; trailing empty columns are dropped.</summary>
    public required IReadOnlyList<ColumnInfo> Columns { get; init; }

    /// <summary>The first data rows as raw text (dates as yyyy-MM-dd), one string per column of <see cref="Columns"/>.</summary>
    public required IReadOnlyList<PreviewRow> Preview { get; init; }

    /// <summary>
    /// Rows below the header up to the last one with a value, as the import counts rows read; an estimate when
    /// <see cref="DataRowsEstimated"/>. The import accounts for every row whatever this says.
    /// </summary>
    public required int DataRows { get; init; }

    /// <summary>
    /// True when <see cref="DataRows"/> is an estimate (a large xlsx sheet's declared dimension, or its first rows
    /// scaled by its size) rather than a count: the inspection did not read the sheet to its end.
    /// </summary>
    public bool DataRowsEstimated { get; init; }

    /// <summary>Date order used for columns that do not settle it themselves.</summary>
    public required DateOrder FallbackDateOrder { get; init; }

    /// <summary>Decimal separator used for columns that do not settle it themselves.</summary>
    public required DecimalSeparator FallbackDecimalSeparator { get; init; }

    /// <summary>
    /// Whether the book looks like a client book: a column proposed as the client, and one with dates (of contact or
    /// update) or amounts (deal value, balance, purchases, a sales line's unit price). A list of names and ages is not one.
    /// </summary>
    public bool LooksLikeAClientBook => Columns.Any(c => c.SuggestedField == BookField.Client)
        && Columns.Any(c => c.SuggestedField is BookField.LastContactDate or BookField.LastUpdateDate or BookField.DealValue
            or BookField.OutstandingBalance or BookField.PurchaseCount or BookField.UnitPrice);

    /// <summary>The mapping the reader suggests, or null when no column was recognised as the client.</summary>
    public ColumnMapping? SuggestedMapping() => Columns.Any(c => c.SuggestedField == BookField.Client)
        ? new(SheetIndex, HeaderRow, Columns.ToDictionary(c => c.Index, c => c.SuggestedField))
        : null;
}

/// <summary>A preview row: its sheet row number and raw cell texts.</summary>
public sealed record PreviewRow(int SheetRowNumber, IReadOnlyList<string> Cells)
{
    /// <summary>Columns whose cell was a number, written invariantly in <see cref="Cells"/>: read back as a number, not as text.</summary>
    public IReadOnlyList<int> NumberCells { get; init; } = [];

    /// <summary>The cells as the reader had them: numbers as numbers, the rest as text.</summary>
    internal object?[] Values() => [.. Cells.Select((text, i) => NumberCells.Contains(i)
        && double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)
        ? (object)number : text)];
}
