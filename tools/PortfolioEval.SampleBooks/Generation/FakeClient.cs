namespace PortfolioEval.SampleBooks.Generation;

/// <summary>One client of a sample book, as its salesperson would have it in a row.</summary>
public sealed record FakeClient
{
    public required string Name { get; init; }

    public required string ContactPerson { get; init; }

    public required string Email { get; init; }

    public required string Phone { get; init; }

    public required string TaxId { get; init; }

    /// <summary>The sector as written in the book (free text, sometimes misspelt).</summary>
    public required string SectorText { get; init; }

    public required Sector Sector { get; init; }

    public required DateOnly LastContact { get; init; }

    public required string ContactType { get; init; }

    /// <summary>Sales to this client over the book's period, in <see cref="Currency"/>.</summary>
    public required decimal DealValue { get; init; }

    /// <summary>ISO 4217: PEN or USD.</summary>
    public required string Currency { get; init; }

    public required string Product { get; init; }

    public required DateOnly LastUpdate { get; init; }

    public required string City { get; init; }

    public required string Country { get; init; }

    public required string Notes { get; init; }
}
