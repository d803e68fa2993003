using System.Globalization;

namespace PortfolioEval.SampleBooks.Books;

/// <summary>How a CSV writes what a spreadsheet would store as typed cells: dates and amounts as text.</summary>
/// <param name="AmountFormat">.NET format of amounts, with the group and decimal marks of <paramref name="Numbers"/>.</param>
public sealed record CsvStyle(char Delimiter, string DateFormat, NumberFormatInfo Numbers, string AmountFormat = "#,##0.00")
{
    /// <summary>Spanish-speaking Latin America's "1.234,56". (ICU's es-PE uses a decimal point, as Peru officially does.)</summary>
    public static readonly NumberFormatInfo CommaDecimals =
        NumberFormatInfo.ReadOnly(new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = "." });

    /// <summary>A CRM export: "2026-03-14", "12,500.00".</summary>
    public static readonly CsvStyle EnglishCrm = new(',', "yyyy-MM-dd", NumberFormatInfo.InvariantInfo);

    /// <summary>Excel on a Spanish Windows: ';' because ',' is the decimal mark, "04/06/2026", "1.234,56".</summary>
    public static readonly CsvStyle SpanishExcel = new(';', "dd/MM/yyyy", CommaDecimals);

    /// <summary>A Google Sheets download of a Spanish book: ',' delimited, "4/6/2026", plain "1234.50".</summary>
    public static readonly CsvStyle SpanishSheets = new(',', "d/M/yyyy", NumberFormatInfo.InvariantInfo, "0.00");

    public string Format(object? value) => value switch
    {
        null => "",
        string text => text,
        DateOnly date => date.ToString(DateFormat, CultureInfo.InvariantCulture),
        Money money => FormatMoney(money),
        decimal number => number.ToString(Numbers),
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private string FormatMoney(Money money)
    {
        var amount = money.Amount.ToString(AmountFormat, Numbers);
        if (!money.WithSymbol)
            return amount;
        return (money.Currency == "USD" ? "US$ " : "S/ ") + amount;
    }
}
