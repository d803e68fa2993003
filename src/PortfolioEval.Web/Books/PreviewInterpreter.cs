using System.Globalization;
using PortfolioEval.Books;

namespace PortfolioEval.Web.Books;

/// <summary>
/// Shows how a preview cell will be read once its column is mapped: "04/06/2026 → 4 June 2026". Uses the same
/// parsers as the import, so what the candidate confirms is what will be imported.
/// </summary>
public sealed class PreviewInterpreter(BookTexts texts)
{
    /// <param name="Currency">The currency an amount is read in, when the cell does not write it: what the page's
    /// answer for "$" or for unmarked amounts says (null: not stated).</param>
    /// <param name="Declared">Which of the page's answers gave the currency; none when the cell wrote it.</param>
    public sealed record Reading(string? Value, string? Error, string? Currency = null, DeclaredBy Declared = DeclaredBy.Cell);

    /// <summary>Where an amount's currency comes from: the cell, the answer for "$" alone, or the book's currency.</summary>
    public enum DeclaredBy { Cell, DollarSign, Book }

    /// <param name="declared">The page's answers for "$" alone and for unmarked amounts; null when a currency column
    /// is mapped, since a row's currency then wins over both.</param>
    public Reading? Interpret(string raw, BookField field, ColumnInfo column, BookInspection inspection, DateOnly asOf,
        (string? DollarSign, string? Book)? declared = null)
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
                if (amount.Error is { } amountError)
                    return new Reading(null, texts.Reason(amountError));
                var number = amount.Value!.Value.ToString("N2", culture);
                // "$ 1.234,56 → 1,234.56 USD": what "$" (or no currency) will be read as, from the answers below.
                return (amount.Currency, amount.IsDollarSign, declared) switch
                {
                    ({ } written, _, _) => new Reading(number, null, written),
                    (null, true, { } answers) => new Reading(number, null, answers.DollarSign, DeclaredBy.DollarSign),
                    (null, false, { } answers) => new Reading(number, null, answers.Book, DeclaredBy.Book),
                    _ => new Reading(number, null, amount.IsDollarSign ? CurrencyCodes.DollarSign : null),
                };
            default:
                return null;
        }
    }

    private static string LongDate(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "es" ? "d 'de' MMMM 'de' yyyy" : "d MMMM yyyy";
}
