using Microsoft.EntityFrameworkCore;
using PortfolioEval.Data;
using PortfolioEval.Recruiting;

namespace PortfolioEval.Web.Recruiting;

/// <summary>An opening as anyone may see it on the public board, with its company's name and sectors.</summary>
public sealed record PublicOpening(Opening Opening, string Company, IReadOnlyList<string> SectorCodes, bool TakesApplications);

/// <summary>
/// The public job board: what every company publishes and nothing about any candidate. Which openings take applications
/// today is decided once, by <see cref="Opening.TakesApplicationsOn"/> (the company's switch and the closing date).
/// </summary>
public sealed class PublicOpenings(PortfolioDbContext db, TimeProvider clock)
{
    /// <summary>The path of an opening's Apply page, which a return address may name.</summary>
    public const string ApplyPath = "/Candidate/Apply/";

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Every opening taking applications today: the ones closing soonest first, then the newest.</summary>
    public async Task<IReadOnlyList<PublicOpening>> ListOpenAsync(CancellationToken cancellation)
    {
        var today = Today;
        var rows = await (from o in db.Openings.AsNoTracking()
                          where o.IsOpen && (o.ClosesOn == null || o.ClosesOn >= today)
                          join c in db.HiringCompanies on o.CompanyId equals c.Id
                          select new { Opening = o, Company = c.Name, CompanySectors = c.SectorCodes })
            .ToListAsync(cancellation);
        return [.. rows
            .Select(r => new PublicOpening(r.Opening, r.Company, r.Opening.SectorCodes.Length > 0 ? r.Opening.SectorCodes : r.CompanySectors, true))
            .OrderBy(p => p.Opening.ClosesOn ?? DateOnly.MaxValue).ThenByDescending(p => p.Opening.CreatedAt)];
    }

    /// <summary>The opening with this public code, open or not; null when there is none.</summary>
    public async Task<PublicOpening?> FindAsync(string? code, CancellationToken cancellation)
    {
        if (string.IsNullOrEmpty(code))
            return null;
        var row = await (from o in db.Openings.AsNoTracking()
                         where o.PublicCode == code
                         join c in db.HiringCompanies on o.CompanyId equals c.Id
                         select new { Opening = o, Company = c.Name, CompanySectors = c.SectorCodes })
            .SingleOrDefaultAsync(cancellation);
        return row is null ? null
            : new PublicOpening(row.Opening, row.Company, row.Opening.SectorCodes.Length > 0 ? row.Opening.SectorCodes : row.CompanySectors,
                row.Opening.TakesApplicationsOn(Today));
    }

    /// <summary>The opening a return address leads to apply to (<c>/Candidate/Apply/{code}</c>), if it takes applications today.</summary>
    public async Task<PublicOpening?> FromReturnAddressAsync(string? returnUrl, CancellationToken cancellation)
    {
        if (returnUrl is null || !returnUrl.StartsWith(ApplyPath, StringComparison.OrdinalIgnoreCase))
            return null;
        var code = returnUrl[ApplyPath.Length..].Split('?', '#', '/')[0];
        return await FindAsync(Uri.UnescapeDataString(code), cancellation) is { TakesApplications: true } opening ? opening : null;
    }

    /// <summary>The opening a candidate may apply to today by its public code; null when none, or it is closed.</summary>
    public async Task<PublicOpening?> ToApplyAsync(string code, CancellationToken cancellation) =>
        await FindAsync(code, cancellation) is { TakesApplications: true } opening ? opening : null;
}
