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
        var company = db.Consents.AsNoTracking().Where(c => c.CompanyId == companyId);
        var facts = await company.Select(ConsentFacts.Projection).ToListAsync(cancellation);
        var details = await company.Select(c => new { c.Id, c.OpeningId, c.SharedName, c.GrantedAt })
            .ToDictionaryAsync(c => c.Id, cancellation);
        var scores = await db.SharedReports.AsNoTracking()
            .Where(r => db.Consents.Any(c => c.Id == r.ConsentId && c.CompanyId == companyId))
            .ToDictionaryAsync(r => r.ConsentId, r => r.CompositeScore, cancellation);
        return [.. facts
            .Where(f => details.ContainsKey(f.ConsentId))
            .Select(f =>
            {
                var state = f.StateAt(now);
                var score = state == ConsentState.InForce && scores.TryGetValue(f.ConsentId, out var s) ? s : (int?)null;
                var detail = details[f.ConsentId];
                return new ConsentRow(f.ConsentId, f.BookId, detail.OpeningId, detail.SharedName, detail.GrantedAt, f.ExpiresAt, state, score);
            })
            .OrderBy(r => r.IsInForce ? 0 : 1)
            .ThenByDescending(r => r.GrantedAt)];
    }
}
