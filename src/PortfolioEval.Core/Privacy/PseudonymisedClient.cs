using PortfolioEval.Books;

namespace PortfolioEval.Privacy;

/// <summary>
/// A client as it is stored: what scoring and the display label need, and nothing that names the client. Built by
/// <see cref="Pseudonymiser"/>; see there for what happened to each field of <see cref="ImportedClient"/>.
/// </summary>
/// <remarks>
/// Equality compares <see cref="ValuesByCurrency"/> by reference, like every record holding a list; compare its
/// items when a value comparison is meant.
/// </remarks>
public sealed record PseudonymisedClient
{
    /// <summary>Pseudonym of the client's normalised name: the identity of the client across uploads.</summary>
    public required string ClientPseudonym { get; init; }

    public string? ContactPseudonym { get; init; }

    public string? EmailPseudonym { get; init; }

    public string? PhonePseudonym { get; init; }

    public string? TaxIdPseudonym { get; init; }

    public string? AddressPseudonym { get; init; }

    public string? Sector { get; init; }

    public string? ContactType { get; init; }

    public string? Product { get; init; }

    public string? City { get; init; }

    public string? Country { get; init; }

    public DateOnly? LastContact { get; init; }

    /// <summary>Earliest contact date over the client's rows (null in books stored before it was kept).</summary>
    public DateOnly? FirstContact { get; init; }

    /// <summary>Distinct contact dates over the client's rows (0 when none, or stored before it was kept).</summary>
    public int ContactDays { get; init; }

    public DateOnly? LastUpdate { get; init; }

    public decimal? Value { get; init; }

    public string? Currency { get; init; }

    public IReadOnlyList<CurrencyAmount> ValuesByCurrency { get; init; } = [];

    public decimal? OutstandingBalance { get; init; }

    public int? DaysOverdue { get; init; }

    public int PurchaseCount { get; init; }

    public int RowCount { get; init; }
}
