namespace PortfolioEval.Books;

/// <summary>Why one row (or one cell of it) was not imported. A closed list: the web layer localises each.</summary>
public enum RejectionReason
{
    /// <summary>The client column is empty: the row cannot be attributed to anyone.</summary>
    MissingClient,

    /// <summary>A date that does not exist, such as 31/02/2025.</summary>
    ImpossibleDate,

    /// <summary>A date after the as-of date of the import.</summary>
    FutureDate,

    /// <summary>Text in a date column that is no date format we read, or a serial number outside 1970-9999.</summary>
    UnreadableDate,

    /// <summary>
    /// A date valid only in the other order than its column's (e.g. 03/25/2025 in a day-first column).
    /// Reading it either way would be a guess.
    /// </summary>
    DateOrderConflict,

    /// <summary>Text in a number column that is not a number, including shorthands such as 10k or 10 mil.</summary>
    NonNumericValue,

    /// <summary>An amount whose separators contradict its column's (1,234.56 in a 1.234,56 column).</summary>
    AmbiguousAmount,

    /// <summary>A count (purchases, days overdue) with decimals.</summary>
    NotAWholeNumber,

    /// <summary>A count (purchases, days overdue) below zero.</summary>
    NegativeValue,

    /// <summary>A currency that is not one we recognise.</summary>
    UnknownCurrency,

    /// <summary>The amount's own symbol says one currency and the currency column another.</summary>
    CurrencyConflict,

    /// <summary>Text in the email column that is not an email address.</summary>
    InvalidEmail,

    /// <summary>A totals line ("Total", "Subtotal", "Grand total") in the client column: a sum, not a client.</summary>
    TotalsRow,

    /// <summary>A stage column value that is neither won, open nor lost in words we know.</summary>
    UnknownStage,

    /// <summary>An origin column value that is neither won, inherited nor assigned in words we know.</summary>
    UnknownOrigin,
}
