using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Options;
using PortfolioEval.Consent;
using PortfolioEval.Web.Links;
using PortfolioEval.Web.Privacy;

namespace PortfolioEval.Web.Consent;

/// <summary>Who operates the portal, as consent receipts name them (Kantara requires every field).</summary>
public sealed class ControllerOptions
{
    public const string Section = "Privacy:Controller";

    [Required] public string Name { get; set; } = "";
    [Required] public string Contact { get; set; } = "";
    [Required] public string StreetAddress { get; set; } = "";
    [Required] public string Locality { get; set; } = "";
    [Required] public string Country { get; set; } = "";
    public string? PostalCode { get; set; }
    [Required, EmailAddress] public string Email { get; set; } = "";

    /// <summary>RFC 3966, e.g. <c>tel:+51-1-555-0100</c>.</summary>
    [Required, RegularExpression(@"^tel:\+[0-9-]+$")] public string Phone { get; set; } = "";

    /// <summary>Where the controller answers for the data (ISO country code, or "EU").</summary>
    [Required] public string Jurisdiction { get; set; } = "";
}

/// <summary>The notice a candidate is shown when consenting: the privacy notice's current version, in their language.</summary>
public sealed class ConsentNotices(IOptions<ControllerOptions> options, PrivacyNotice privacy, PublicBaseUrl baseUrl)
{
    /// <summary>The notice on the portal's public base URL: the receipt's policy link must not follow the request's <c>Host</c>.</summary>
    public ConsentNotice Current(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return For(baseUrl.Root, culture.TwoLetterISOLanguageName == "es" ? "es" : "en");
    }

    /// <summary>The notice as shown on the site at <paramref name="siteRoot"/>, in <paramref name="language"/> ("es" or "en").</summary>
    public ConsentNotice For(Uri siteRoot, string language)
    {
        ArgumentNullException.ThrowIfNull(siteRoot);
        var controller = options.Value;
        var version = privacy.Version;
        var policyUrl = new Uri(siteRoot, "Privacy?version=" + Uri.EscapeDataString(version));
        return new ConsentNotice(version, policyUrl, language, controller.Jurisdiction,
            new ReceiptController(controller.Name, controller.Contact,
                new PostalAddress(controller.StreetAddress, controller.Locality, controller.Country, controller.PostalCode),
                controller.Email, controller.Phone));
    }
}
