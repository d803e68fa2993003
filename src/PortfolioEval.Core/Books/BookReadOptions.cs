using System.Globalization;

namespace PortfolioEval.Books;

/// <summary>What the candidate (or the web layer) tells the reader about a book.</summary>
public sealed record BookReadOptions
{
    /// <summary>The day the import is about: dates after it are rejected as future.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The book's locale. Decides date order and decimal separator only where the values do not.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.GetCultureInfo("es-PE");

    /// <summary>Overrides the culture's date order for columns whose values do not settle it.</summary>
    public DateOrder? DateOrder { get; init; }

    /// <summary>Sheet chosen by the candidate (0-based, hidden sheets allowed). Null: the most recognisable visible sheet.</summary>
    public int? SheetIndex { get; init; }

    /// <summary>Sheet chosen by name, case-insensitive; used when <see cref="SheetIndex"/> is null.</summary>
    public string? SheetName { get; init; }

    /// <summary>Header row chosen by the candidate (1-based sheet row). Null: detected.</summary>
    public int? HeaderRow { get; init; }

    /// <summary>Password of an encrypted workbook, when the candidate gave one.</summary>
    public string? Password { get; init; }

    public BookLimits Limits { get; init; } = new();

    /// <summary>
    /// Whether a text is a sector the portal knows (the web layer passes the ISIC classifier; Books cannot use Sectors,
    /// which uses Books). A column is proposed as the sector only when most of its values are; null trusts the header.
    /// </summary>
    public Func<string, bool>? IsKnownSector { get; init; }

    /// <summary>
    /// The currency "$" means in this book (the dollar and several pesos write it), as the candidate answered on the
    /// mapping page. Null: "$" amounts stay in an unstated currency, never summed with another.
    /// </summary>
    public string? DollarSignCurrency { get; init; }

    /// <summary>The book's declared currency: amounts with no marker and no currency column take it. Null: not stated.</summary>
    public string? BookCurrency { get; init; }

    /// <summary>The origin of clients whose row does not say (no origin column, or an empty cell).</summary>
    public ClientOrigin BulkOrigin { get; init; }

    /// <summary>The date order used for columns whose values leave it open.</summary>
    public DateOrder FallbackDateOrder => DateOrder is { } order and not Books.DateOrder.Ambiguous
        ? order
        : Culture.DateTimeFormat.ShortDatePattern.TrimStart().StartsWith('M') ? Books.DateOrder.MonthFirst : Books.DateOrder.DayFirst;

    /// <summary>The decimal separator used for columns whose values leave it open.</summary>
    public DecimalSeparator FallbackDecimalSeparator =>
        Culture.NumberFormat.NumberDecimalSeparator == "," ? DecimalSeparator.Comma : DecimalSeparator.Point;
}
