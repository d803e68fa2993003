namespace PortfolioEval.Books;

/// <summary>
/// One problem found in one row. <see cref="Value"/> carries the offending text only for fields that do not
/// identify a client (dates, amounts, currency, counts), so a rejection list can be shown, downloaded or logged
/// without holding a client's name, email, phone, tax id, address or notes. The constructor enforces it.
/// </summary>
public sealed record RowRejection
{
    public RowRejection(int sheetRowNumber, string? columnHeader, BookField field, RejectionReason reason, string? value)
    {
        SheetRowNumber = sheetRowNumber;
        ColumnHeader = columnHeader;
        Field = field;
        Reason = reason;
        Value = MayShowValue(field) ? value : null;
    }

    /// <summary>1-based row number as the spreadsheet shows it (title lines count; a CSV record counts as one row).</summary>
    public int SheetRowNumber { get; }

    /// <summary>Header text of the column the problem is in.</summary>
    public string? ColumnHeader { get; }

    public BookField Field { get; }

    public RejectionReason Reason { get; }

    /// <summary>The raw cell text, only for non-identifying fields; otherwise null.</summary>
    public string? Value { get; }

    /// <summary>Fields whose raw value may be echoed back: none of them identifies a client.</summary>
    public static bool MayShowValue(BookField field) => field is BookField.LastContactDate or BookField.LastUpdateDate
        or BookField.DealValue or BookField.Currency or BookField.OutstandingBalance or BookField.DaysOverdue
        or BookField.PurchaseCount;
}
