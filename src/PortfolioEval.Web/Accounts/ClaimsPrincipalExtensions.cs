using System.Security.Claims;

namespace PortfolioEval.Web.Accounts;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in person's user id; pages behind a role policy always have one.</summary>
    public static string Id(this ClaimsPrincipal user) =>
        user?.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No one is signed in.");
}
