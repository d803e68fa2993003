namespace PortfolioEval.Books;

/// <summary>
/// One problem found in one row. <see cref="Value"/> carries the offending text only for fields that do not
/// identify a client (dates, amounts, currency, counts), and never a text with an @ (an email in the wrong column),
/// so a rejection list can be shown or downloaded without holding a client's name, email, phone, tax id, address or
/// notes. The constructor enforces it; the reader also leaves out every value of a column that looks identifying
/// whatever it was mapped to (see <see cref="ColumnPlan"/>).
/// </summary>
public sealed record RowRejection
{
    public RowRejection(int sheetRowNumber, string? columnHeader, BookField field, RejectionReason reason, string? value)
    {
        SheetRowNumber = sheetRowNumber;
        ColumnHeader = columnHeader;
        Field = field;
        Reason = reason;
        Value = MayShowValue(field) && value?.Contains('@', StringComparison.Ordinal) != true ? value : null;
    }

    /// <summary>1-based row number as the spreadsheet shows it (title lines count; a CSV record counts as one row).</summary>
    public int SheetRowNumber { get; }

    /// <summary>Header text of the column the problem is in.</summary>
    public string? ColumnHeader { get; }

    public BookField Field { get; }

    public RejectionReason Reason { get; }

    /// <summary>The raw cell text, only for non-identifying fields; otherwise null.</summary>
    public string? Value { get; }

    /// <summary>
    /// A warning, not a rejection: the row was imported with this field left empty. Only a field the row can do
    /// without is left empty (see <see cref="Essential"/>); a problem in the client, last-contact date or deal value
    /// rejects the row.
    /// </summary>
    public bool Kept { get; init; }

    /// <summary>
    /// Fields a row cannot do without: a problem in one rejects the row; in any other the field is left empty. A sales
    /// line's quantity, unit price and discount make its value, and its stage decides whether it is a sale at all.
    /// </summary>
    public static bool Essential(BookField field) => field is BookField.Client or BookField.LastContactDate or BookField.DealValue
        or BookField.Quantity or BookField.UnitPrice or BookField.Discount or BookField.Stage;

    /// <summary>Fields whose values identify a client: a column that looks like one never has its values echoed back.</summary>
    public static bool Identifies(BookField field) => field is BookField.Client or BookField.ContactPerson or BookField.Email
        or BookField.Phone or BookField.TaxId or BookField.Address or BookField.Notes;

    /// <summary>Fields whose raw value may be echoed back: none of them identifies a client.</summary>
    public static bool MayShowValue(BookField field) => field is BookField.LastContactDate or BookField.LastUpdateDate
        or BookField.DealValue or BookField.Currency or BookField.OutstandingBalance or BookField.DaysOverdue
        or BookField.PurchaseCount or BookField.Quantity or BookField.UnitPrice or BookField.Discount or BookField.Stage
        or BookField.Origin;
}
