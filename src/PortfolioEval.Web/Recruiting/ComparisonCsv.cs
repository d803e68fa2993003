using System.Globalization;
using System.Text;
using PortfolioEval.Web.Books;

namespace PortfolioEval.Web.Recruiting;

/// <summary>
/// The comparison as CSV, laid out as on the page: one row per criterion, one column per candidate, with the texts
/// the page shows in the reader's language. UTF-8 with a BOM, so spreadsheets read the accents; every cell, the
/// candidates' chosen names included, goes through <see cref="SafeCsv"/>.
/// </summary>
public static class ComparisonCsv
{
    /// <summary>
    /// A semicolon where the decimal separator is a comma (the portal's Spanish), as spreadsheets there split lists; a
    /// comma elsewhere (English, and Spanish cultures that write 1,234.56, such as es-PE or es-MX).
    /// </summary>
    public static char SeparatorFor(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.NumberFormat.NumberDecimalSeparator == "," ? ';' : ',';
    }

    public static byte[] Write(ComparisonTable table, string criterionHeader, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(table);
        var separator = SeparatorFor(culture);
        var csv = new StringBuilder();
        SafeCsv.AppendRow(csv, [criterionHeader, .. table.Columns.Select(c => c.Consent.SharedName)], separator);
        foreach (var row in table.Rows)
            SafeCsv.AppendRow(csv, [row.Label, .. row.Cells.Select(Text)], separator);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Text(ComparisonCell cell) =>
        cell.Notes.Count == 0 ? cell.Text : $"{cell.Text} ({string.Join(", ", cell.Notes)})";
}
