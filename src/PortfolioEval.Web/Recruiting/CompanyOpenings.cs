using Microsoft.EntityFrameworkCore;
using PortfolioEval.Data;
using PortfolioEval.Recruiting;

namespace PortfolioEval.Web.Recruiting;

/// <summary>A hiring company's openings: every query is scoped to the company, so another's opening is simply not found.</summary>
public sealed class CompanyOpenings(PortfolioDbContext db)
{
    /// <summary>Open ones first, then the newest.</summary>
    public async Task<IReadOnlyList<Opening>> ListAsync(Guid companyId, CancellationToken cancellation) =>
        [.. (await db.Openings.AsNoTracking().Where(o => o.CompanyId == companyId).ToListAsync(cancellation))
            .OrderByDescending(o => o.IsOpen).ThenByDescending(o => o.CreatedAt)];

    public Task<int> CountOpenAsync(Guid companyId, CancellationToken cancellation) =>
        db.Openings.CountAsync(o => o.CompanyId == companyId && o.IsOpen, cancellation);

    public async Task<IReadOnlyDictionary<Guid, string>> TitlesAsync(Guid companyId, CancellationToken cancellation) =>
        await db.Openings.AsNoTracking().Where(o => o.CompanyId == companyId).ToDictionaryAsync(o => o.Id, o => o.Title, cancellation);

    /// <summary>The company's opening, tracked so a change to it is saved by <see cref="SaveAsync"/>; null when it is another company's or none.</summary>
    public Task<Opening?> FindAsync(Guid companyId, Guid id, CancellationToken cancellation) =>
        db.Openings.SingleOrDefaultAsync(o => o.Id == id && o.CompanyId == companyId, cancellation);

    /// <summary>The title of the opening a consent was given for, as the company's report pages show it.</summary>
    public Task<string?> TitleAsync(Guid openingId, CancellationToken cancellation) =>
        db.Openings.Where(o => o.Id == openingId).Select(o => o.Title).SingleOrDefaultAsync(cancellation);

    public void Add(Opening opening) => db.Openings.Add(opening);

    public Task SaveAsync(CancellationToken cancellation) => db.SaveChangesAsync(cancellation);
}
