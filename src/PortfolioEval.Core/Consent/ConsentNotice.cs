namespace PortfolioEval.Consent;

/// <summary>
/// What the candidate was shown when consenting: which version of the privacy notice, where it lives, in which language,
/// and who answers for the data. The consent keeps the version; the receipt records all of it.
/// </summary>
public sealed record ConsentNotice
{
    /// <param name="version">The privacy notice's version, as printed at its top (<c>"4"</c>).</param>
    /// <param name="policyUrl">A link to that version of the notice: Kantara asks it to keep pointing to the old text after a change.</param>
    /// <param name="language">"es" or "en": the language the candidate read, and the receipt's.</param>
    /// <param name="jurisdiction">Where the controller answers for the data, e.g. <c>"CO"</c> or <c>"EU"</c>.</param>
    public ConsentNotice(string version, Uri policyUrl, string language, string jurisdiction, ReceiptController controller)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentNullException.ThrowIfNull(policyUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(jurisdiction);
        ArgumentNullException.ThrowIfNull(controller);
        if (version.Trim().Length > CandidateConsent.PrivacyNoticeVersionMaxLength)
            throw new ArgumentException("The privacy notice version is too long.", nameof(version));
        if (!policyUrl.IsAbsoluteUri)
            throw new ArgumentException("The policy URL must be absolute: the receipt leaves the site.", nameof(policyUrl));
        if (!ReceiptTexts.Supports(language))
            throw new ArgumentException("Receipts are written in Spanish (es) or English (en).", nameof(language));
        Version = version.Trim();
        PolicyUrl = policyUrl;
        Language = language;
        Jurisdiction = jurisdiction.Trim();
        Controller = controller;
    }

    public string Version { get; }
    public Uri PolicyUrl { get; }
    public string Language { get; }
    public string Jurisdiction { get; }
    public ReceiptController Controller { get; }
}

/// <summary>
/// The PII controller named on receipts: whoever operates the portal. Kantara requires every field.
/// </summary>
/// <param name="Phone">In RFC 3966 form, as Kantara asks: <c>tel:+57-601-555-0100</c>.</param>
public sealed record ReceiptController(string Name, string Contact, PostalAddress Address, string Email, string Phone)
{
    public string Name { get; } = Required(Name);
    public string Contact { get; } = Required(Contact);
    public PostalAddress Address { get; } = Address ?? throw new ArgumentNullException(nameof(Address));
    public string Email { get; } = Required(Email);
    public string Phone { get; } = Required(Phone);

    internal static string Required(string value) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("A receipt field is missing.", nameof(value)) : value.Trim();
}

/// <summary>A postal address with schema.org's PostalAddress names, which Kantara uses for the controller's address.</summary>
/// <param name="Country">ISO 3166-1 alpha-2, e.g. <c>"CO"</c>.</param>
public sealed record PostalAddress(string StreetAddress, string Locality, string Country, string? PostalCode = null)
{
    public string StreetAddress { get; } = ReceiptController.Required(StreetAddress);
    public string Locality { get; } = ReceiptController.Required(Locality);
    public string Country { get; } = ReceiptController.Required(Country);
    public string? PostalCode { get; } = string.IsNullOrWhiteSpace(PostalCode) ? null : PostalCode.Trim();
}
