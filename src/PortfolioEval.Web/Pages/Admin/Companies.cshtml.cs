using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Consent;
using PortfolioEval.Data;

namespace PortfolioEval.Web.Pages.Admin;

/// <summary>Every hiring company, read-only, in counts: the admin sees how much goes on, not what.</summary>
public class CompaniesModel(PortfolioDbContext db, TimeProvider clock) : PageModel
{
    public sealed record CompanyRow(string Name, string Country, int Sectors, int Recruiters, int Openings, int ConsentsInForce, DateTimeOffset CreatedAt);

    public IReadOnlyList<CompanyRow> Companies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var recruiters = await db.Users.Where(u => u.HiringCompanyId != null)
            .GroupBy(u => u.HiringCompanyId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellation);
        var openings = await db.Openings.GroupBy(o => o.CompanyId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellation);
        // The database narrows to consents not yet past their date; the consent rule decides which are in force.
        var consents = await db.Consents.AsNoTracking().Where(c => c.ExpiresAt > now)
            .Select(ConsentFacts.Projection)
            .ToListAsync(cancellation);
        var inForce = consents.Where(c => c.StateAt(now) == ConsentState.InForce).CountBy(c => c.CompanyId)
            .ToDictionary(g => g.Key, g => g.Value);

        var companies = await db.HiringCompanies.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellation);
        Companies = [.. companies.Select(c => new CompanyRow(c.Name, c.Country, c.SectorCodes.Length,
            recruiters.GetValueOrDefault(c.Id), openings.GetValueOrDefault(c.Id), inForce.GetValueOrDefault(c.Id), c.CreatedAt))];
    }
}
