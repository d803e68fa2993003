using System.Security.Claims;

namespace PortfolioEval.Web.Consent;

/// <summary>
/// How a company's reader says they came through an API key: the key's name travels as a claim, so the one gate logs
/// "via API key <i>name</i>" without knowing anything else of the API.
/// </summary>
public static class ApiKeyClaims
{
    public const string KeyName = "portfolioeval:api-key-name";

    /// <summary>The key's name when the reader is an API key; null on the pages.</summary>
    public static string? KeyNameOf(ClaimsPrincipal user) => user?.FindFirstValue(KeyName);
}
