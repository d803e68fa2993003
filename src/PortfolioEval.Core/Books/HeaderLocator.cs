namespace PortfolioEval.Books;

/// <summary>
/// Finds the header among a sheet's first rows: the row with the most cells naming a known field, then the most
/// text cells. Title lines ("Cartera de clientes 2025", often merged across the table) and rows of numbers or dates
/// are passed over, so a header below titles and blank separator rows is still found.
/// </summary>
internal static class HeaderLocator
{
    /// <summary>How many non-blank rows from the top may precede the header.</summary>
    public const int RowsToSearch = 30;

    /// <param name="isMergedTitle">Whether a row is a title merged across columns; asked only of rows with one text.</param>
    public static (int Row, int Recognised)? Locate(IEnumerable<SheetRow> rows, Func<SheetRow, bool> isMergedTitle)
    {
        ArgumentNullException.ThrowIfNull(isMergedTitle);
        (int Row, int Recognised, int Score)? best = null;
        int? firstNonBlank = null;
        foreach (var row in rows.Where(r => !r.IsBlank).Take(RowsToSearch))
        {
            firstNonBlank ??= row.Number;
            var (recognised, texts) = Count(row);
            if (texts < 2 && recognised == 0)
                continue; // a title line or a lone value
            // A merged title has one cell, so only a lone text naming a field ("Cartera de clientes") is asked about.
            if (texts < 2 && isMergedTitle(row))
                continue;
            var score = recognised * 100 + texts;
            if (best is null || score > best.Value.Score)
                best = (row.Number, recognised, score);
        }

        return best is { } b ? (b.Row, b.Recognised) : firstNonBlank is { } first ? (first, 0) : null;
    }

    /// <summary>Header cells of a row that name a known field.</summary>
    public static int Recognised(SheetRow row) => Count(row).Recognised;

    private static (int Recognised, int Texts) Count(SheetRow row)
    {
        int recognised = 0, texts = 0;
        foreach (var cell in row.Cells)
        {
            if (cell is not string text || string.IsNullOrWhiteSpace(text) || LooksLikeValue(text))
                continue;
            texts++;
            if (HeaderSynonyms.Match(text).Field != BookField.Ignore)
                recognised++;
        }

        return (recognised, texts);
    }

    // Numbers, amounts and dates are data, not headers.
    private static bool LooksLikeValue(string text) =>
        DateParts.TryParse(text.Trim(), out _) || AmountText.TrySplit(text, out var parts) && parts.Marker.Length == 0;
}
