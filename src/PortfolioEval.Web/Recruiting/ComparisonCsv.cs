using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using PortfolioEval.Web.Books;

namespace PortfolioEval.Web.Recruiting;

/// <summary>
/// The comparison as CSV for a spreadsheet: one row per criterion, one column per candidate, as on the page, but each
/// figure a plain number (no thousands separator, no unit, the reader's decimal separator) with its unit in a column of
/// its own, so the sheet can sum and sort it. A row of the books' currencies says what the amounts are in. A figure
/// with no number (not enough to judge, an earlier method's valuation) keeps the page's words; a missing one is empty.
/// UTF-8 with a BOM, so spreadsheets read the accents; every cell, the candidates' chosen names included, goes through
/// <see cref="SafeCsv"/>.
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

    private enum Unit { Date, Count, Score, PercentOfValue, PercentOfClients, Index, Amount, AmountLowEnd }

    private static readonly Dictionary<string, Unit> Units = new(StringComparer.Ordinal)
    {
        ["as-of"] = Unit.Date,
        ["clients"] = Unit.Count,
        ["composite"] = Unit.Score,
        ["freshness"] = Unit.Score,
        ["contacted-90"] = Unit.PercentOfValue,
        ["relevance"] = Unit.Score,
        ["deal-value"] = Unit.Score,
        ["total-value"] = Unit.Amount,
        ["median-value"] = Unit.Amount,
        ["key-accounts"] = Unit.PercentOfClients,
        ["concentration"] = Unit.Index,
        ["quality"] = Unit.Score,
        ["reactivation"] = Unit.Amount,
        ["valuation"] = Unit.AmountLowEnd,
        ["expected-value"] = Unit.Amount,
        ["expected-revenue"] = Unit.Amount,
        ["plausibility"] = Unit.Count,
    };

    public static byte[] Write(ComparisonTable table, IStringLocalizer l, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(l);
        var separator = SeparatorFor(culture);
        var csv = new StringBuilder();
        SafeCsv.AppendRow(csv, [l["Criterion"], l["Unit"], .. table.Columns.Select(c => c.Consent.SharedName)], separator);
        foreach (var row in table.Rows)
        {
            var unit = Units.GetValueOrDefault(row.Key, Unit.Count);
            SafeCsv.AppendRow(csv, [row.Label, UnitText(l, unit), .. row.Cells.Select((cell, i) => Cell(cell, unit, table.Columns[i], culture))], separator);
            if (row.Key == "clients")
                SafeCsv.AppendRow(csv, [l["Currency of the amounts"], l["ISO code"], .. table.Columns.Select(c => c.Record.Currency ?? "")], separator);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Cell(ComparisonCell cell, Unit unit, Consent.CompanyComparison column, CultureInfo culture)
    {
        if (unit == Unit.Date)
            return column.Record.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (cell.Figure.Number is not { } value)
            return cell.Text == "—" ? "" : cell.Text;
        return unit switch
        {
            Unit.PercentOfValue or Unit.PercentOfClients => (value * 100).ToString("0.#", culture),
            _ => value.ToString("0.##", culture),
        };
    }

    private static string UnitText(IStringLocalizer l, Unit unit) => unit switch
    {
        Unit.Date => l["date (year-month-day)"],
        Unit.Count => l["count"],
        Unit.Score => l["score 0–100"],
        Unit.PercentOfValue => l["% of the book's value"],
        Unit.PercentOfClients => l["% of the clients with a value"],
        Unit.Index => l["index 0–10,000"],
        Unit.Amount => l["amount in the book's currency"],
        _ => l["low end, in the book's currency"],
    };
}
