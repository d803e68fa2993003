namespace PortfolioEval.Web.Books;

/// <summary>
/// The currencies the mapping page offers for a book's declarations, and the answers it proposes from the book's
/// locale. "$" is written by the dollar and by the Mexican, Chilean, Colombian, Argentine and Uruguayan pesos, so the
/// candidate is asked which one it is; in Peru, Ecuador, Spain and the English-speaking locales "$" alone is read as
/// the US dollar (Peru and Spain write their own currencies as S/ and €), where the pesos' countries mean their peso.
/// </summary>
public static class BookCurrencies
{
    /// <summary>Currencies written with "$" alone.</summary>
    public static IReadOnlyList<string> DollarSign { get; } = ["USD", "MXN", "CLP", "COP", "ARS", "UYU"];

    /// <summary>Currencies a book may declare for its unmarked amounts.</summary>
    public static IReadOnlyList<string> Declarable { get; } = ["PEN", "USD", "MXN", "CLP", "COP", "ARS", "EUR", "GBP", "BRL", "BOB", "UYU"];

    private static readonly Dictionary<string, (string Dollar, string Book)> ByLocale = new(StringComparer.Ordinal)
    {
        ["es-PE"] = ("USD", "PEN"),
        ["es-MX"] = ("MXN", "MXN"),
        ["es-CL"] = ("CLP", "CLP"),
        ["es-CO"] = ("COP", "COP"),
        ["es-AR"] = ("ARS", "ARS"),
        ["es-EC"] = ("USD", "USD"),
        ["es-ES"] = ("USD", "EUR"),
        ["en-US"] = ("USD", "USD"),
        ["en-GB"] = ("USD", "GBP"),
    };

    public static string? DollarSignFor(string cultureName) => ByLocale.TryGetValue(cultureName, out var d) ? d.Dollar : null;

    public static string? BookCurrencyFor(string cultureName) => ByLocale.TryGetValue(cultureName, out var d) ? d.Book : null;

    /// <summary>The code when the page offers it for "$"; null (not stated) for anything else, never a guess.</summary>
    public static string? KnownDollarSign(string? code) => code is not null && DollarSign.Contains(code, StringComparer.Ordinal) ? code : null;

    /// <summary>The code when the page offers it for unmarked amounts; null (not stated) for anything else.</summary>
    public static string? KnownDeclarable(string? code) => code is not null && Declarable.Contains(code, StringComparer.Ordinal) ? code : null;
}
