namespace PortfolioEval.Books;

/// <summary>Titles merged across the table ("Cartera de clientes 2026" over A1:E1), told apart from headers.</summary>
internal static class MergedTitles
{
    /// <summary>Per 1-based row, the first column of the first merge there that spans several columns.</summary>
    public static Dictionary<int, int> Starts(IEnumerable<(int FromRow, int FromColumn, int ToColumn)> merges)
    {
        var starts = new Dictionary<int, int>();
        foreach (var (fromRow, fromColumn, toColumn) in merges)
        {
            if (toColumn > fromColumn)
                starts.TryAdd(fromRow + 1, fromColumn);
        }

        return starts;
    }

    /// <summary>The row's only value sits where a merge across columns starts.</summary>
    public static bool IsTitle(SheetRow row, Dictionary<int, int>? starts) =>
        starts is not null && starts.TryGetValue(row.Number, out var column) && column < row.Cells.Length
        && row.Cells.Count(c => !CellText.IsEmpty(c)) == 1 && !CellText.IsEmpty(row.Cells[column]);
}
