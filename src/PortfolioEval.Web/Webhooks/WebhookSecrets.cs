using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace PortfolioEval.Web.Webhooks;

/// <summary>
/// An endpoint's signing secret: made once, shown once, kept encrypted under the portal's key ring (one purpose for
/// this kind of data), and read back only to sign a delivery. The receiver uses the secret's text as the HMAC key.
/// </summary>
public sealed class WebhookSecrets(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("PortfolioEval.Webhooks.EndpointSecret.v1");

    public static string New() =>
        "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public string Protect(string secret) => _protector.Protect(secret);

    /// <summary>The HMAC key of a stored secret.</summary>
    public byte[] KeyOf(string protectedSecret) => Encoding.UTF8.GetBytes(_protector.Unprotect(protectedSecret));
}
