using System.Globalization;

namespace PortfolioEval.SampleBooks.Writing;

/// <summary>The cell formats <see cref="XlsxWriter"/> declares in styles.xml, by their index there.</summary>
public enum XlsxStyle
{
    General = 0,
    Date = 1,
    Amount = 2,
    Bold = 3,
    Title = 4,
}

/// <summary>
/// One cell to write: text, a number or a date. The default value is an empty cell, which is not written at all,
/// as Excel does. Numbers are kept as invariant text so a decimal is written exactly as given.
/// </summary>
public readonly record struct XlsxCell
{
    // Excel's day zero for the 1900 date system (serial 1 is 1900-01-01 counting the phantom 29 Feb 1900).
    private static readonly DateOnly DayZero = new(1899, 12, 30);

    private XlsxCell(string value, bool isText, XlsxStyle style) => (Value, IsText, Style) = (value, isText, style);

    /// <summary>The text, or the number in invariant form; null for an empty cell.</summary>
    public string? Value { get; }

    public bool IsText { get; }

    public XlsxStyle Style { get; }

    public bool IsEmpty => Value is null;

    public static XlsxCell Text(string? text, XlsxStyle style = XlsxStyle.General) =>
        string.IsNullOrEmpty(text) ? default : new(text, true, style);

    public static XlsxCell Number(decimal number, XlsxStyle style = XlsxStyle.General) =>
        new(number.ToString(CultureInfo.InvariantCulture), false, style);

    /// <summary>A number shown with thousands separators and two decimals.</summary>
    public static XlsxCell Amount(decimal amount) => Number(amount, XlsxStyle.Amount);

    /// <summary>A real date cell: the serial day number with a date format, as Excel stores dates.</summary>
    public static XlsxCell Date(DateOnly date) =>
        new((date.DayNumber - DayZero.DayNumber).ToString(CultureInfo.InvariantCulture), false, XlsxStyle.Date);
}
