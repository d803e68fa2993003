using System.Globalization;
using System.Security.Claims;

namespace PortfolioEval.Web.Api;

/// <summary>What an endpoint reads of the key's principal that <see cref="ApiKeyAuthentication"/> made.</summary>
public static class ApiPrincipal
{
    /// <summary>The key's company, as checked against the database on this request.</summary>
    public static Guid CompanyId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ApiKeyAuthentication.CompanyClaim)!, CultureInfo.InvariantCulture);

    public static string? KeyIdOrNull(this ClaimsPrincipal user) => user?.FindFirstValue(ApiKeyAuthentication.KeyIdClaim);
}
