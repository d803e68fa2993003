using System.Text;

namespace PortfolioEval.Web.Books;

/// <summary>
/// CSV that is safe to open in a spreadsheet: a cell that starts with =, +, -, @, tab or carriage return is
/// prefixed with an apostrophe, so it is shown as text instead of run as a formula (CSV injection).
/// </summary>
public static class SafeCsv
{
    public static void AppendRow(StringBuilder csv, IEnumerable<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(cells);
        csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
    }

    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            text = "'" + text;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
