using Microsoft.EntityFrameworkCore;
using PortfolioEval.Api;
using PortfolioEval.Data;

namespace PortfolioEval.Web.Api;

/// <summary>A company's API keys, as its admins manage them on the recruiter pages. Every query is scoped to the company.</summary>
public sealed class CompanyApiKeys(PortfolioDbContext db, TimeProvider clock)
{
    /// <summary>The new key and its secret, which is shown this once and never stored.</summary>
    public async Task<(ApiKey Key, string Secret)> CreateAsync(Guid companyId, string adminId, string name, ApiScope scopes, CancellationToken cancellation)
    {
        var (key, secret) = ApiKey.Create(companyId, adminId, name, scopes, clock.GetUtcNow());
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellation);
        return (key, secret);
    }

    /// <summary>Keys in use first, then revoked ones; newest first within each.</summary>
    public async Task<IReadOnlyList<ApiKey>> ListAsync(Guid companyId, CancellationToken cancellation) =>
        [.. (await db.ApiKeys.AsNoTracking().Where(k => k.CompanyId == companyId).ToListAsync(cancellation))
            .OrderBy(k => k.IsRevoked).ThenByDescending(k => k.CreatedAt)];

    /// <summary>The key opens nothing from the next call on. False when it is not the company's.</summary>
    public async Task<bool> RevokeAsync(Guid companyId, Guid keyId, CancellationToken cancellation)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == keyId && k.CompanyId == companyId, cancellation);
        if (key is null)
            return false;
        key.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellation);
        return true;
    }
}
