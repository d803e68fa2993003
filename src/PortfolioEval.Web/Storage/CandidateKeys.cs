using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Data;
using PortfolioEval.Privacy;

namespace PortfolioEval.Web.Storage;

/// <summary>
/// Each candidate's secret, created on first need and stored only wrapped by DataProtection under its own purpose.
/// Secrets unwrapped during a request are kept for that request only and zeroed when it ends.
/// </summary>
public sealed class CandidateKeys(PortfolioDbContext db, IDataProtectionProvider protection, TimeProvider clock) : IDisposable
{
    private readonly IDataProtector _wrapper = protection.CreateProtector("PortfolioEval.CandidateSecrets.v1");
    private readonly Dictionary<string, CandidateSecret> _unwrapped = new(StringComparer.Ordinal);

    /// <summary>The candidate's secret; created when they have none yet.</summary>
    public async Task<CandidateSecret> GetOrCreateAsync(string candidateId, CancellationToken cancellation)
    {
        if (await FindAsync(candidateId, cancellation) is { } existing)
            return existing;

        var secret = CandidateSecret.New();
        db.CandidateKeys.Add(new CandidateKey(candidateId, _wrapper.Protect(secret.Bytes.ToArray()), clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellation);
        }
        catch (DbUpdateException)
        {
            // Another request of the same candidate created it first: use theirs.
            secret.Dispose();
            db.ChangeTracker.Clear();
            return await FindAsync(candidateId, cancellation)
                   ?? throw new InvalidOperationException("The candidate's key could be neither created nor read.");
        }
        return _unwrapped[candidateId] = secret;
    }

    /// <summary>
    /// The candidate's secret, or null when they have none (never created, or erased). A key ring that cannot unwrap
    /// it (a revoked or lost DataProtection key) throws: data must never be read with a wrong key.
    /// </summary>
    public async Task<CandidateSecret?> FindAsync(string candidateId, CancellationToken cancellation)
    {
        if (_unwrapped.TryGetValue(candidateId, out var cached))
            return cached;
        var wrapped = await db.CandidateKeys.AsNoTracking()
            .Where(k => k.CandidateId == candidateId).Select(k => k.WrappedSecret).SingleOrDefaultAsync(cancellation);
        return wrapped is null ? null : Unwrap(candidateId, wrapped);
    }

    /// <summary>
    /// The candidate's secret from its wrapped form as the caller's own query read it (with the rows it decides on),
    /// kept for this request like one <see cref="FindAsync"/> read.
    /// </summary>
    public CandidateSecret Unwrap(string candidateId, byte[] wrapped)
    {
        ArgumentNullException.ThrowIfNull(wrapped);
        if (_unwrapped.TryGetValue(candidateId, out var cached))
            return cached;
        var bytes = _wrapper.Unprotect(wrapped);
        try
        {
            return _unwrapped[candidateId] = CandidateSecret.FromBytes(bytes);
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(bytes);
        }
    }

    public void Dispose()
    {
        foreach (var secret in _unwrapped.Values)
            secret.Dispose();
        _unwrapped.Clear();
    }
}
