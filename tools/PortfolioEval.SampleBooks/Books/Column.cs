namespace PortfolioEval.SampleBooks.Books;

/// <summary>
/// A column of a sample book: its header and its value for a row. Values are text, <see cref="DateOnly"/>,
/// <see cref="Money"/> or a number; each sink decides how to write them (a real date cell, or text in a format).
/// </summary>
public sealed record Column<T>(string Header, Func<T, object?> Value, double Width = 14);

/// <summary>An amount and its ISO currency. <see cref="WithSymbol"/> asks a text sink to write "S/ 3.518,20".</summary>
public sealed record Money(decimal Amount, string Currency, bool WithSymbol = false);
