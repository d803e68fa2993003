namespace PortfolioEval.Books;

/// <summary>How a text date like 04/06/2026 is read. Decided per column, never row by row.</summary>
public enum DateOrder
{
    /// <summary>No value of the column settles it (every day and month is 12 or less).</summary>
    Ambiguous,
    DayFirst,
    MonthFirst,
}
