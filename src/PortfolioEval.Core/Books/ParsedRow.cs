namespace PortfolioEval.Books;

/// <summary>
/// One data row that passed every check, its values read and typed: who the client is, and the row's
/// <see cref="ClientFacts"/>. Lives only until it is aggregated.
/// </summary>
internal sealed record ParsedRow(string Key, string ClientName) : ClientFacts
{
    public int SheetRowNumber { get; init; }

    public string? ContactPerson { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? TaxId { get; init; }

    public string? Address { get; init; }

    /// <summary>The line's stage when the book has a stage column; null: a sale, as every line of a book without one.</summary>
    public SalesStage? Stage { get; init; }
}
