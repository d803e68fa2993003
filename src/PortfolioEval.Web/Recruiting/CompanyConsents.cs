using Microsoft.EntityFrameworkCore;
using PortfolioEval.Consent;
using PortfolioEval.Data;

namespace PortfolioEval.Web.Recruiting;

/// <summary>
/// One consent a candidate gave the company, as its recruiters list it: never the receipt, never the candidate's id.
/// </summary>
/// <param name="CompositeScore">The shared report's composite; only while the consent is in force.</param>
public sealed record ConsentRow(
    Guid ConsentId,
    Guid BookId,
    Guid? OpeningId,
    string SharedName,
    DateTimeOffset GrantedAt,
    DateTimeOffset ExpiresAt,
    ConsentState State,
    int? CompositeScore)
{
    public bool IsInForce => State == ConsentState.InForce;
}

/// <summary>The consents candidates gave one company, with each one's state now, read fresh on every request.</summary>
public sealed class CompanyConsents(PortfolioDbContext db, TimeProvider clock)
{
    /// <summary>In force first, then the most recently granted.</summary>
    public async Task<IReadOnlyList<ConsentRow>> ListAsync(Guid companyId, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var consents = await db.Consents.AsNoTracking().Where(c => c.CompanyId == companyId)
            .Select(c => new
            {
                Facts = new ConsentFacts(c.Id, c.CandidateId, c.CompanyId, c.BookId, c.ExpiresAt, c.RevokedAt, c.WithdrawnAt),
                c.OpeningId,
                c.SharedName,
                c.GrantedAt,
            })
            .ToListAsync(cancellation);
        var scores = await db.SharedReports.AsNoTracking()
            .Where(r => db.Consents.Any(c => c.Id == r.ConsentId && c.CompanyId == companyId))
            .ToDictionaryAsync(r => r.ConsentId, r => r.CompositeScore, cancellation);
        return [.. consents
            .Select(c =>
            {
                var state = c.Facts.StateAt(now);
                var score = state == ConsentState.InForce && scores.TryGetValue(c.Facts.ConsentId, out var s) ? s : (int?)null;
                return new ConsentRow(c.Facts.ConsentId, c.Facts.BookId, c.OpeningId, c.SharedName, c.GrantedAt, c.Facts.ExpiresAt, state, score);
            })
            .OrderBy(r => r.IsInForce ? 0 : 1)
            .ThenByDescending(r => r.GrantedAt)];
    }
}
