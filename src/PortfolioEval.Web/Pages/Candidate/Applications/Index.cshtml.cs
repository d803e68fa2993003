using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Recruiting;
using PortfolioEval.Web.Accounts;

namespace PortfolioEval.Web.Pages.Candidate.Applications;

/// <summary>
/// Each application of the candidate (every consent given, to an opening or directly) with where the company says it
/// stands, whether the consent still holds, and its message thread. The company's private note is never read here.
/// </summary>
public class IndexModel(PortfolioDbContext db, TimeProvider clock) : PageModel
{
    /// <param name="Opening">The opening's title; null when shared with the company directly.</param>
    public sealed record Row(Guid ConsentId, string Company, string? Opening, ShortlistStatus Status, ConsentState State,
        DateTimeOffset GrantedAt, DateTimeOffset ExpiresAt, int Messages);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        var candidateId = User.Id();
        var now = clock.GetUtcNow();
        var rows = await (from c in db.Consents.AsNoTracking()
                          where c.CandidateId == candidateId
                          join company in db.HiringCompanies on c.CompanyId equals company.Id
                          from opening in db.Openings.Where(o => o.Id == c.OpeningId).DefaultIfEmpty()
                          from entry in db.Shortlist.Where(e => e.ConsentId == c.Id).DefaultIfEmpty()
                          orderby c.GrantedAt descending
                          select new
                          {
                              Facts = new ConsentFacts(c.Id, c.CandidateId, c.CompanyId, c.BookId, c.ExpiresAt, c.RevokedAt, c.WithdrawnAt),
                              Company = company.Name,
                              Opening = opening == null ? null : opening.Title,
                              Status = entry == null ? ShortlistStatus.New : entry.Status,
                              c.GrantedAt,
                              Messages = db.Messages.Count(m => m.ConsentId == c.Id),
                          }).ToListAsync(cancellation);
        Rows = [.. rows.Select(r => new Row(r.Facts.ConsentId, r.Company, r.Opening, r.Status, r.Facts.StateAt(now), r.GrantedAt, r.Facts.ExpiresAt, r.Messages))];
    }
}
