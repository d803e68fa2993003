using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PortfolioEval.Data;

namespace PortfolioEval.Web.Accounts;

/// <summary>
/// Every request with an auth cookie checks the cookie's security stamp against the account's, so a session ends on
/// the very next request after logout, a password reset, a lock or an erasure (each changes the stamp or removes the
/// account) — a copied cookie included. It replaces Identity's validator, which checks every 30 minutes and then
/// rebuilds the principal and reissues the cookie; this one is a single read of one column by primary key, and
/// never reissues.
/// </summary>
public static class SessionValidation
{
    /// <summary>Compiled once: the check runs on every signed-in request, and EF Core's per-query translation cache
    /// lookup and parameter extraction cost more than the read itself.</summary>
    private static readonly Func<PortfolioDbContext, string, CancellationToken, Task<string?>> StampOf = EF.CompileAsyncQuery(
        (PortfolioDbContext db, string userId, CancellationToken cancellation) =>
            db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleOrDefault());

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = context.Principal?.FindFirst(claims.UserIdClaimType)?.Value;
        var stamp = context.Principal?.FindFirst(claims.SecurityStampClaimType)?.Value;
        if (userId is not null && stamp is not null)
        {
            var db = context.HttpContext.RequestServices.GetRequiredService<PortfolioDbContext>();
            var current = await StampOf(db, userId, context.HttpContext.RequestAborted);
            if (string.Equals(current, stamp, StringComparison.Ordinal))
                return;
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
