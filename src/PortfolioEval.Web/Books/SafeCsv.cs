using System.Text;

namespace PortfolioEval.Web.Books;

/// <summary>
/// CSV that is safe to open in a spreadsheet: a cell that starts with =, +, -, @, tab or carriage return (or their
/// full-width forms, or any of them after leading spaces, which importers may trim) is prefixed with an apostrophe, so
/// it is shown as text instead of run as a formula (CSV injection).
/// </summary>
/// <remarks>
/// A cell holding a comma or a semicolon is always quoted, whichever separator the file uses: a spreadsheet set to
/// the other list separator would otherwise split it, and the part after the split would start a cell of its own,
/// unchecked (<c>Ana;=HYPERLINK(...)</c>).
/// </remarks>
public static class SafeCsv
{
    public static void AppendRow(StringBuilder csv, IEnumerable<string?> cells, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(cells);
        csv.AppendJoin(separator, cells.Select(Cell)).Append("\r\n");
    }

    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (StartsLikeAFormula(text))
            text = "'" + text;
        return text.AsSpan().IndexOfAny(",;\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static bool StartsLikeAFormula(string text)
    {
        if (text.Length == 0)
            return false;
        if (text[0] is '\t' or '\r')
            return true;
        var first = text.TrimStart(' ');
        return first.Length > 0 && first[0] is '=' or '+' or '-' or '@' or '＝' or '＋' or '－' or '＠';
    }
}
