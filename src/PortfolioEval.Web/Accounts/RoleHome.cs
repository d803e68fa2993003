using System.Security.Claims;
using PortfolioEval.Accounts;

namespace PortfolioEval.Web.Accounts;

/// <summary>Where each role lands after logging in.</summary>
public static class RoleHome
{
    public static string For(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.Admin)) return "/Admin/Index";
        if (user.IsInRole(Roles.Recruiter)) return "/Recruiter/Index";
        if (user.IsInRole(Roles.Candidate)) return "/Candidate/Index";
        return "/Index";
    }
}
