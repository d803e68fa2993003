using System.Globalization;
using PortfolioEval.Books;

namespace PortfolioEval.Web.Books;

/// <summary>
/// Shows how a preview cell will be read once its column is mapped: "04/06/2026 → 4 June 2026". Uses the same
/// parsers as the import, so what the candidate confirms is what will be imported.
/// </summary>
public sealed class PreviewInterpreter(BookTexts texts)
{
    public sealed record Reading(string? Value, string? Error);

    public Reading? Interpret(string raw, BookField field, ColumnInfo column, BookInspection inspection, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(inspection);
        if (string.IsNullOrWhiteSpace(raw))
            return null;
        var culture = CultureInfo.CurrentCulture;
        switch (field)
        {
            case BookField.LastContactDate or BookField.LastUpdateDate:
                var order = column.DateOrder is { } settled and not DateOrder.Ambiguous ? settled : inspection.FallbackDateOrder;
                var date = DateCellParser.Parse(raw, order, asOf);
                return date.Error is { } dateError
                    ? new Reading(null, texts.Reason(dateError))
                    : new Reading(date.Date!.Value.ToString(LongDate(culture), culture), null);
            case BookField.DealValue or BookField.OutstandingBalance:
                var separator = column.DecimalSeparator is { } known and not DecimalSeparator.Ambiguous ? known : inspection.FallbackDecimalSeparator;
                var amount = AmountParser.Parse(raw, separator);
                return amount.Error is { } amountError
                    ? new Reading(null, texts.Reason(amountError))
                    : new Reading($"{amount.Value!.Value.ToString("N2", culture)} {amount.Currency}".TrimEnd(), null);
            default:
                return null;
        }
    }

    private static string LongDate(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "es" ? "d 'de' MMMM 'de' yyyy" : "d MMMM yyyy";
}
