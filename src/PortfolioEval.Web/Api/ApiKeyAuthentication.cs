using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PortfolioEval.Accounts;
using PortfolioEval.Api;
using PortfolioEval.Data;
using PortfolioEval.Web.Consent;

namespace PortfolioEval.Web.Api;

/// <summary>
/// <c>Authorization: Bearer pe_…</c>: finds the key by its prefix, compares the secret's hash in constant time, and
/// makes a principal that acts as the company admin who made the key, as the database knows them on this request
/// (still in the company, still its admin), with the key's scopes. Everything after that (the one consent gate
/// included) sees an ordinary recruiter of the company, so a key never reaches more than the company's recruiters do.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    PortfolioDbContext db, TimeProvider clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string ScopeClaim = "scope";
    public const string CompanyClaim = "portfolioeval:company";
    public const string KeyIdClaim = "portfolioeval:api-key";

    /// <summary>How stale "last used" may get: writing it on every call would make every read a write.</summary>
    private static readonly TimeSpan LastUseResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        var secret = header["Bearer ".Length..].Trim();
        if (ApiKey.PrefixOf(secret) is not { } prefix)
            return AuthenticateResult.Fail("Not a PortfolioEval API key.");

        var cancellation = Context.RequestAborted;
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Prefix == prefix, cancellation);
        if (key is null || !key.Matches(secret))
            return AuthenticateResult.Fail("Unknown or revoked key.");
        if (!await MakerStillAdminAsync(key, cancellation))
            return AuthenticateResult.Fail("The key's maker is no longer an admin of its company.");
        await TouchAsync(key, cancellation);

        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, key.CreatedBy),
            new(CompanyClaim, key.CompanyId.ToString()),
            new(KeyIdClaim, key.Id.ToString()),
            new(ApiKeyClaims.KeyName, key.Name),
            .. ApiScopes.Each(key.Scopes).Select(s => new Claim(ScopeClaim, ApiScopes.Names[s])),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer realm=\"PortfolioEval\"";
        await ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "A valid API key is needed.",
            "Send the key as 'Authorization: Bearer <key>'. A revoked key, or one whose maker is no longer the company's admin or is locked, opens nothing.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "The key does not have the scope this needs.",
            "A company admin can make a key with more scopes on the API keys page.");

    /// <summary>
    /// The maker still belongs to the company, is still its admin, and is not locked by a portal admin (a lock with no
    /// end). A lockout after failed sign-ins, which has an end, does not stop the key: anyone who knows the admin's
    /// email could cause one, and would then stop the company's integration at will.
    /// </summary>
    private async Task<bool> MakerStillAdminAsync(ApiKey key, CancellationToken cancellation) =>
        await db.Users.AnyAsync(u => u.Id == key.CreatedBy && u.HiringCompanyId == key.CompanyId
            && (u.LockoutEnd == null || u.LockoutEnd != AccountLocks.NoEnd)
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.CompanyAdmin)), cancellation);

    private async Task TouchAsync(ApiKey key, CancellationToken cancellation)
    {
        DateTimeOffset? now = clock.GetUtcNow();
        var before = now - LastUseResolution;
        await db.ApiKeys.Where(k => k.Id == key.Id && (k.LastUsedAt == null || k.LastUsedAt < before))
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), cancellation);
    }
}
