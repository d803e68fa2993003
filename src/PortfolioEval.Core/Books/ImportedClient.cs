namespace PortfolioEval.Books;

/// <summary>A total of one currency. <see cref="Currency"/> is null when the book does not say which ($ alone, or nothing).</summary>
public sealed record CurrencyAmount(string? Currency, decimal Amount);

/// <summary>
/// One client of the book after all its rows were merged. The identifying fields (name, contact, email, phone, tax id,
/// address) are plaintext and live in memory only: the privacy layer pseudonymises <see cref="NormalisedKey"/> before
/// anything is stored. Notes are read but not kept (data minimisation).
/// </summary>
public sealed record ImportedClient
{
    /// <summary>The client name folded for matching (no case, accents, punctuation or legal suffix).</summary>
    public required string NormalisedKey { get; init; }

    /// <summary>The name as first written in the book.</summary>
    public required string ClientName { get; init; }

    public string? ContactPerson { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? TaxId { get; init; }

    public string? Address { get; init; }

    public string? Sector { get; init; }

    /// <summary>Contact type of the most recent contact.</summary>
    public string? ContactType { get; init; }

    /// <summary>Product of the most recent contact.</summary>
    public string? Product { get; init; }

    public string? City { get; init; }

    public string? Country { get; init; }

    /// <summary>Latest contact date over the client's rows.</summary>
    public DateOnly? LastContact { get; init; }

    /// <summary>Earliest contact date over the client's rows: in a book of one row per purchase, the first purchase.</summary>
    public DateOnly? FirstContact { get; init; }

    /// <summary>Distinct contact dates over the client's rows: in a book of one row per purchase, the days it bought.</summary>
    public int ContactDays { get; init; }

    /// <summary>Latest update date over the client's rows.</summary>
    public DateOnly? LastUpdate { get; init; }

    /// <summary>Sum of the deal values, or null when the rows mix currencies (see <see cref="ValuesByCurrency"/>).</summary>
    public decimal? Value { get; init; }

    /// <summary>ISO 4217 code of <see cref="Value"/>, or null when unknown or mixed.</summary>
    public string? Currency { get; init; }

    /// <summary>One total per currency. More than one entry means the client's rows mix currencies.</summary>
    public IReadOnlyList<CurrencyAmount> ValuesByCurrency { get; init; } = [];

    /// <summary>Sum of the outstanding balances of the rows (one row per invoice adds up; one row per client is itself).</summary>
    public decimal? OutstandingBalance { get; init; }

    /// <summary>Largest days overdue over the client's rows: the worst debt is the one that matters.</summary>
    public int? DaysOverdue { get; init; }

    /// <summary>Sum of the purchase-count column when the book has one, otherwise the number of rows.</summary>
    public int PurchaseCount { get; init; }

    /// <summary>How many rows of the book were merged into this client.</summary>
    public int RowCount { get; init; }
}
