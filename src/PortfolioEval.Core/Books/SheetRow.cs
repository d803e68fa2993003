namespace PortfolioEval.Books;

/// <summary>
/// One row of a sheet as read: its 1-based number as the spreadsheet shows it, and its cells up to the last
/// non-empty one (so a blank row has none, and empty trailing columns cost nothing). Cells are string, double,
/// DateTime, bool or null.
/// </summary>
internal readonly record struct SheetRow(int Number, object?[] Cells)
{
    public bool IsBlank => Cells.Length == 0;

    public object? this[int column] => column < Cells.Length ? Cells[column] : null;

    /// <summary>The cell as the candidate would read it: trimmed text, numbers invariant, dates ISO.</summary>
    public string Text(int column) => CellText.Of(this[column]);
}
