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

    /// <summary>A stored client from its facts and its six pseudonyms as bits, none of them made into text.</summary>
    // ClientPseudonym reads the client field set here; the compiler cannot see through the property.
#pragma warning disable CS8618
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    internal PseudonymisedClient(ClientFacts facts, CompactPseudonym client, CompactPseudonym contact, CompactPseudonym email,
        CompactPseudonym phone, CompactPseudonym taxId, CompactPseudonym address) : base(facts) =>
        (this.client, this.contact, this.email, this.phone, this.taxId, this.address) = (client, contact, email, phone, taxId, address);
#pragma warning restore CS8618

    // Held as 100-bit values, not strings: six pseudonyms a client were two thirds of a stored client's memory.
    private readonly CompactPseudonym client, contact, email, phone, taxId, address;

    /// <summary>Pseudonym of the client's normalised name: the identity of the client across uploads.</summary>
    public required string ClientPseudonym { get => client.ToString()!; init => client = CompactPseudonym.From(value); }

    public string? ContactPseudonym { get => contact.ToString(); init => contact = CompactPseudonym.From(value); }

    public string? EmailPseudonym { get => email.ToString(); init => email = CompactPseudonym.From(value); }

    public string? PhonePseudonym { get => phone.ToString(); init => phone = CompactPseudonym.From(value); }

    public string? TaxIdPseudonym { get => taxId.ToString(); init => taxId = CompactPseudonym.From(value); }

    public string? AddressPseudonym { get => address.ToString(); init => address = CompactPseudonym.From(value); }

    /// <summary>The client's pseudonym without making its text: for sorting and grouping a large book.</summary>
    internal CompactPseudonym ClientKey => client;

    internal CompactPseudonym ContactKey => contact;

    internal CompactPseudonym EmailKey => email;

    internal CompactPseudonym PhoneKey => phone;

    internal CompactPseudonym TaxIdKey => taxId;

    internal CompactPseudonym AddressKey => address;
}
