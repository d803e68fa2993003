namespace PortfolioEval.Books;

/// <summary>
/// Turns the way people write a currency ("S/", "US$", "soles", "€") into its ISO 4217 code.
/// "$" alone is used by the dollar and by several pesos, so it stays unknown unless a currency column, or the candidate
/// on the mapping page (<see cref="BookReadOptions.DollarSignCurrency"/>), says which.
/// </summary>
public static class CurrencyCodes
{
    /// <summary>
    /// The currency of a "$" amount nobody said the currency of: a dollar or a peso. Kept as this marker rather than as
    /// "not stated", so its totals stay apart from those of unmarked amounts: two unknown currencies are never added.
    /// </summary>
    public const string DollarSign = "$";

    /// <summary>True for a currency nobody stated: none at all, or <see cref="DollarSign"/>.</summary>
    public static bool IsUnstated(string? currency) => currency is null or DollarSign;

    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PEN"] = "PEN", ["S/"] = "PEN", ["S/."] = "PEN", ["S"] = "PEN", ["SOL"] = "PEN", ["SOLES"] = "PEN",
        ["USD"] = "USD", ["US$"] = "USD", ["U$S"] = "USD", ["US"] = "USD", ["DOLARES"] = "USD", ["DÓLARES"] = "USD",
        ["DOLLARS"] = "USD",
        ["EUR"] = "EUR", ["€"] = "EUR", ["EUROS"] = "EUR",
        ["MXN"] = "MXN", ["MX$"] = "MXN",
        ["CLP"] = "CLP", ["CLP$"] = "CLP",
        ["COP"] = "COP", ["COL$"] = "COP",
        ["ARS"] = "ARS", ["AR$"] = "ARS",
        ["GBP"] = "GBP", ["£"] = "GBP",
        ["UYU"] = "UYU", ["$U"] = "UYU",
        ["BRL"] = "BRL", ["R$"] = "BRL",
        ["BOB"] = "BOB",
    };

    /// <summary>True when the text names a currency; <paramref name="iso"/> is null for the ambiguous "$".</summary>
    public static bool TryRecognise(string text, out string? iso)
    {
        var marker = text.Trim();
        iso = null;
        if (marker is "$")
            return true;
        if (Known.TryGetValue(marker, out var code))
        {
            iso = code;
            return true;
        }

        return false;
    }
}
