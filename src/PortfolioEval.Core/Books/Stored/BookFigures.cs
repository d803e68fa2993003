namespace PortfolioEval.Books;

/// <summary>How many imported clients have a value in a field: what the import understood, without any value.</summary>
public sealed record FieldCoverage(BookField Field, int Clients);

/// <summary>The book's deal value in one currency. Currencies are never added together.</summary>
/// <param name="Currency">ISO 4217 code, or null when the book does not say ($ alone, or no currency at all).</param>
public sealed record CurrencyTotal(string? Currency, decimal Amount, int Clients);

public sealed record ReasonCount(RejectionReason Reason, int Rows);

/// <summary>The open deals of a book with a stage column, in one currency (null: not stated).</summary>
public sealed record PipelineTotal(string? Currency, decimal Amount);
