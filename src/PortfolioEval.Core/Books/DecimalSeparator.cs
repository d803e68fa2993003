namespace PortfolioEval.Books;

/// <summary>Which character separates decimals in a text amount: 1,234.56 (point) or 1.234,56 (comma). Decided per column.</summary>
public enum DecimalSeparator
{
    /// <summary>No value of the column settles it (e.g. only 1.234 or whole numbers).</summary>
    Ambiguous,
    Point,
    Comma,
}
