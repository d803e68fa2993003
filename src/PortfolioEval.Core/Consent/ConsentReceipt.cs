using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using PortfolioEval.Accounts;

namespace PortfolioEval.Consent;

/// <summary>
/// The consent receipt a candidate can download: JSON with the field names of the Kantara Initiative Consent Receipt
/// Specification v1.1 (KI-CR-v1.1.0). A pure function of its inputs: the same consent gives the same bytes.
/// </summary>
/// <remarks>
/// How each field is filled, and why:
/// <list type="bullet">
/// <item><c>version</c>: "KI-CR-v1.1.0", the value the spec fixes. <c>jurisdiction</c>, <c>policyUrl</c>,
/// <c>language</c> and <c>piiControllers</c> come from the <see cref="ConsentNotice"/> the candidate was shown.</item>
/// <item><c>consentTimestamp</c>: when the consent was granted, in Unix seconds as the spec requires (the only time
/// the spec defines); the expiry, in ISO 8601 UTC, is written in <c>termination</c>.</item>
/// <item><c>collectionMethod</c>: applying to an opening or sharing with a company, both a web form with an unticked box.</item>
/// <item><c>consentReceiptID</c>: the consent's id, a random UUID (version 4, as the spec recommends), so the receipt
/// and the stored consent name each other. <c>publicKey</c> is left out: receipts are not signed.</item>
/// <item><c>piiPrincipalId</c>: the candidate's pseudonym, never an email or a name: a receipt travels.</item>
/// <item><c>piiControllers</c>: the portal's operator, who holds the report and discloses it. The hiring company is
/// the third party it is disclosed to (<c>thirdPartyDisclosure</c> true, <c>thirdPartyName</c>), not a controller
/// named here: the portal holds no contact, address or phone for it, all of which the spec requires.</item>
/// <item><c>purposeCategory</c>: "2 - Contracted Service" (the candidate asked the portal to share) and
/// "10 - 3rd Party Sharing for Core Function" (the company uses the report for its own hiring), from the spec's
/// purpose list. <c>consentType</c> "EXPLICIT"; <c>primaryPurpose</c> true: sharing is the point of the consent.</item>
/// <item><c>piiCategory</c>: "1 - Biographical" for the name the candidate chose to show (recruiters see it on the
/// report) and "16 - Profile" for the scored report of one client book; no client data, which the spec's list has no
/// word for, so each entry says it in a sentence. "2 - Contact" once for each contact detail the candidate chose to give
/// (email, phone, LinkedIn address), naming which, never its value: a receipt travels.</item>
/// <item><c>consentTimestamp</c> of a renewed consent is the renewal's: the receipt is issued again then.</item>
/// <item><c>sensitive</c> false and <c>spiCat</c> empty: a sales score is no special category of data.</item>
/// </list>
/// </remarks>
public static class ConsentReceipt
{
    public const string SpecVersion = "KI-CR-v1.1.0";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Accented letters stay readable; characters that matter in HTML are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <param name="opening">The opening the consent names, if any: its title goes into the purpose.</param>
    public static string Build(CandidateConsent consent, HiringCompany company, IAppliedOpening? opening, string candidatePseudonym, ConsentNotice notice)
    {
        ArgumentNullException.ThrowIfNull(consent);
        ArgumentNullException.ThrowIfNull(company);
        ArgumentException.ThrowIfNullOrWhiteSpace(candidatePseudonym);
        ArgumentNullException.ThrowIfNull(notice);
        if (company.Id != consent.CompanyId)
            throw new ArgumentException("The company is not the one the consent names.", nameof(company));
        if (opening?.Id != consent.OpeningId)
            throw new ArgumentException("The opening is not the one the consent names.", nameof(opening));

        var texts = ReceiptTexts.For(notice.Language);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", SpecVersion);
            json.WriteString("jurisdiction", notice.Jurisdiction);
            json.WriteNumber("consentTimestamp", (consent.RenewedAt ?? consent.GrantedAt).ToUnixTimeSeconds());
            json.WriteString("collectionMethod", opening is null ? texts.CollectionViaCompany : texts.CollectionViaOpening);
            json.WriteString("consentReceiptID", consent.Id.ToString("D", CultureInfo.InvariantCulture));
            json.WriteString("language", notice.Language);
            json.WriteString("piiPrincipalId", candidatePseudonym);
            WriteControllers(json, notice.Controller);
            json.WriteString("policyUrl", notice.PolicyUrl.AbsoluteUri);
            json.WriteStartArray("services");
            json.WriteStartObject();
            json.WriteString("service", texts.Service);
            json.WriteStartArray("purposes");
            json.WriteStartObject();
            json.WriteString("purpose", texts.PurposeFor(company.Name, opening?.Title));
            WriteStrings(json, "purposeCategory", "2 - Contracted Service", "10 - 3rd Party Sharing for Core Function");
            json.WriteString("consentType", "EXPLICIT");
            WriteStrings(json, "piiCategory", [texts.NameShown, texts.Report, .. texts.ContactFor(consent.Contact)]);
            json.WriteBoolean("primaryPurpose", true);
            json.WriteString("termination", texts.TerminationFor(consent.ExpiresAt, notice.PolicyUrl));
            json.WriteBoolean("thirdPartyDisclosure", true);
            json.WriteString("thirdPartyName", company.Name);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteBoolean("sensitive", false);
            WriteStrings(json, "spiCat");
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>ISO 8601 in UTC to the second, e.g. <c>2026-03-01T09:30:00Z</c>, whatever the server's culture.</summary>
    public static string Iso8601(DateTimeOffset moment) =>
        moment.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void WriteControllers(Utf8JsonWriter json, ReceiptController controller)
    {
        json.WriteStartArray("piiControllers");
        json.WriteStartObject();
        json.WriteString("piiController", controller.Name);
        json.WriteString("contact", controller.Contact);
        json.WriteStartObject("address");
        json.WriteString("streetAddress", controller.Address.StreetAddress);
        json.WriteString("addressLocality", controller.Address.Locality);
        if (controller.Address.PostalCode is { } postalCode)
            json.WriteString("postalCode", postalCode);
        json.WriteString("addressCountry", controller.Address.Country);
        json.WriteEndObject();
        json.WriteString("email", controller.Email);
        json.WriteString("phone", controller.Phone);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, params string[] values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
            json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
