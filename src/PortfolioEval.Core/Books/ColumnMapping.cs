namespace PortfolioEval.Books;

/// <summary>
/// The candidate's confirmed reading of a book: which sheet, which header row, and what each column holds.
/// Columns not listed are ignored.
/// </summary>
public sealed record ColumnMapping
{
    public ColumnMapping(int sheetIndex, int headerRow, IReadOnlyDictionary<int, BookField> fields)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sheetIndex);
        ArgumentOutOfRangeException.ThrowIfLessThan(headerRow, 1);
        ArgumentNullException.ThrowIfNull(fields);
        var duplicate = fields.Values.Where(f => f != BookField.Ignore).GroupBy(f => f).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Field {duplicate.Key} is mapped to more than one column.", nameof(fields));
        if (!fields.Values.Contains(BookField.Client))
            throw new ArgumentException("No column is mapped to the client.", nameof(fields));
        SheetIndex = sheetIndex;
        HeaderRow = headerRow;
        Fields = fields.Where(p => p.Value != BookField.Ignore).ToDictionary(p => p.Key, p => p.Value);
    }

    public int SheetIndex { get; }

    /// <summary>1-based sheet row of the header; data starts below it.</summary>
    public int HeaderRow { get; }

    /// <summary>Column index (0-based) to field, without ignored columns.</summary>
    public IReadOnlyDictionary<int, BookField> Fields { get; }

    public BookField FieldOf(int column) => Fields.GetValueOrDefault(column, BookField.Ignore);

    public bool Has(BookField field) => Fields.Values.Contains(field);
}
