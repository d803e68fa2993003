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
    /// <see cref="FindAsync"/> for many candidates, from one query: the secret of each who has one, by candidate id;
    /// those with none are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, CandidateSecret>> FindManyAsync(IEnumerable<string> candidateIds, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(candidateIds);
        var wanted = candidateIds.Distinct(StringComparer.Ordinal).ToList();
        var uncached = wanted.Where(id => !_unwrapped.ContainsKey(id)).ToList();
        if (uncached.Count > 0)
        {
            var stored = await db.CandidateKeys.AsNoTracking()
                .Where(k => uncached.Contains(k.CandidateId)).Select(k => new { k.CandidateId, k.WrappedSecret }).ToListAsync(cancellation);
            foreach (var key in stored)
                Unwrap(key.CandidateId, key.WrappedSecret);
        }
        return wanted.Where(_unwrapped.ContainsKey).ToDictionary(id => id, id => _unwrapped[id], StringComparer.Ordinal);
    }

    private CandidateSecret Unwrap(string candidateId, byte[] wrapped)
    {
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
