namespace PortfolioEval.Web.Books;

/// <summary>Spreadsheet column names: 0 → A, 25 → Z, 26 → AA.</summary>
public static class ColumnLetters
{
    public static string Of(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }
}
