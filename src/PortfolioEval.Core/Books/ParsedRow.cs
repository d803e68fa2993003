namespace PortfolioEval.Books;

/// <summary>One data row that passed every check, its values read and typed. Lives only until it is aggregated.</summary>
internal sealed record ParsedRow(string Key, string ClientName)
{
    public int SheetRowNumber { get; init; }

    public string? ContactPerson { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? TaxId { get; init; }

    public string? Address { get; init; }

    public string? Sector { get; init; }

    public string? ContactType { get; init; }

    public string? Product { get; init; }

    public string? City { get; init; }

    public string? Country { get; init; }

    public DateOnly? LastContact { get; init; }

    public DateOnly? LastUpdate { get; init; }

    public decimal? Value { get; init; }

    public string? Currency { get; init; }

    public decimal? OutstandingBalance { get; init; }

    public int? DaysOverdue { get; init; }

    public int? PurchaseCount { get; init; }
}
