using PortfolioEval.Books;

namespace PortfolioEval.Privacy;

/// <summary>
/// A client as it is stored: its <see cref="ClientFacts"/>, which scoring and the display label need, and pseudonyms
/// instead of anything that names the client. Built by <see cref="Pseudonymiser"/>; see there for what happened to
/// each field of <see cref="ImportedClient"/>.
/// </summary>
/// <remarks>
/// Equality compares <see cref="ClientFacts.ValuesByCurrency"/> by reference, like every record holding a list; compare its
/// items when a value comparison is meant.
/// </remarks>
public sealed record PseudonymisedClient : ClientFacts
{
    public PseudonymisedClient() { }

    /// <summary>A stored client carrying <paramref name="facts"/> as read; its pseudonyms are set with the initialiser.</summary>
    public PseudonymisedClient(ClientFacts facts) : base(facts) { }

    /// <summary>Pseudonym of the client's normalised name: the identity of the client across uploads.</summary>
    public required string ClientPseudonym { get; init; }

    public string? ContactPseudonym { get; init; }

    public string? EmailPseudonym { get; init; }

    public string? PhonePseudonym { get; init; }

    public string? TaxIdPseudonym { get; init; }

    public string? AddressPseudonym { get; init; }
}
