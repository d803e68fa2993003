namespace PortfolioEval.Books;

/// <summary>
/// Applies <see cref="BookLimits"/> to a stream of rows, whatever the file kind: refuses oversized cells, too many
/// columns or rows, and ends the sheet at a long run of blank rows (a sheet formatted down to row 1,048,576 holds
/// nothing there, and reading it to the end would cost time for no data).
/// </summary>
internal sealed class RowGuard(BookLimits limits)
{
    /// <summary>True when the last sheet read was cut at <see cref="BookLimits.MaxConsecutiveBlankRows"/> blank rows.</summary>
    public bool StoppedAtBlankRun { get; private set; }

    public IEnumerable<SheetRow> Apply(IEnumerable<SheetRow> rows)
    {
        StoppedAtBlankRun = false;
        var blanks = 0;
        foreach (var row in rows)
        {
            if (row.Number > limits.MaxRows)
                throw new BookReadException(BookError.TooManyRows, $"more than {limits.MaxRows} rows") { Row = row.Number };
            if (row.IsBlank)
            {
                if (++blanks >= limits.MaxConsecutiveBlankRows)
                {
                    StoppedAtBlankRun = true;
                    yield break;
                }

                yield return row;
                continue;
            }

            blanks = 0;
            if (row.Cells.Length > limits.MaxColumns)
                throw new BookReadException(BookError.TooManyColumns, $"data in column {row.Cells.Length}, row {row.Number}") { Row = row.Number, Column = row.Cells.Length };
            for (var i = 0; i < row.Cells.Length; i++)
            {
                if (row.Cells[i] is string { Length: var length } && length > limits.MaxCellChars)
                    throw new BookReadException(BookError.CellTooLarge, $"a cell of {length} characters in row {row.Number}") { Row = row.Number, Column = i + 1 };
            }

            yield return row;
        }
    }
}
