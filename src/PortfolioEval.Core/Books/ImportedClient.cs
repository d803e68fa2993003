namespace PortfolioEval.Books;

/// <summary>A total of one currency. <see cref="Currency"/> is null when the book does not say which ($ alone, or nothing).</summary>
public sealed record CurrencyAmount(string? Currency, decimal Amount);

/// <summary>
/// One client of the book after all its rows were merged: its <see cref="ClientFacts"/> and who it is. The identifying
/// fields (name, contact, email, phone, tax id, address) are plaintext and live in memory only: the privacy layer
/// pseudonymises <see cref="NormalisedKey"/> before anything is stored. Notes are read but not kept (data minimisation).
/// </summary>
public sealed record ImportedClient : ClientFacts
{
    public ImportedClient() { }

    /// <summary>A client carrying <paramref name="facts"/>; its identity is set with the initialiser.</summary>
    public ImportedClient(ClientFacts facts) : base(facts) { }

    /// <summary>The client name folded for matching (no case, accents, punctuation or legal suffix).</summary>
    public required string NormalisedKey { get; init; }

    /// <summary>The name as first written in the book.</summary>
    public required string ClientName { get; init; }

    public string? ContactPerson { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? TaxId { get; init; }

    public string? Address { get; init; }
}
