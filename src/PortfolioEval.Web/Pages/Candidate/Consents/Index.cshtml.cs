using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Recruiting;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Books;
using PortfolioEval.Web.Consent;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Pages.Candidate.Consents;

/// <summary>
/// Every consent the candidate gave, newest first, where it stands, revoking it (after asking), its receipt, and what
/// each company did with the report: in sentences, then the newest lines of its grouped log.
/// </summary>
public class IndexModel(PortfolioDbContext db, CandidateBooks books, ConsentGrants grants, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>The latest lines of a consent's log shown here; its own page has them all, a page at a time.</summary>
    public const int LatestShown = 5;

    /// <param name="Opening">The opening's title; null when shared with the company directly.</param>
    /// <param name="Book">The book's name; null when the book was deleted since.</param>
    /// <param name="Latest">The newest <see cref="LatestShown"/> lines of the grouped log.</param>
    /// <param name="Lines">How many lines the grouped log has in all.</param>
    public sealed record Row(CandidateConsent Consent, string Company, string? Opening, string? Book, ConsentState State,
        IReadOnlyList<string> Summary, IReadOnlyList<AccessLine> Latest, int Lines);

    /// <summary>A consent just granted, to confirm on arrival.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Granted { get; set; }

    /// <summary>A consent just revoked, to confirm on arrival.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Revoked { get; set; }

    /// <summary>A consent whose report was just sent again, to confirm on arrival.</summary>
    [BindProperty(SupportsGet = true)] public Guid? SharedAgain { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellation) => Rows = await LoadAsync(User.Id(), cancellation);

    /// <summary>Ends the consent at once: the company's next request finds nothing.</summary>
    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellation) =>
        await grants.RevokeAsync(User.Id(), id, cancellation) ? RedirectToPage(new { revoked = id }) : NotFound();

    /// <summary>Sends the company the book's report as scored today, in place of the one it has.</summary>
    public async Task<IActionResult> OnPostShareAgainAsync(Guid id, CancellationToken cancellation) =>
        await grants.ShareAgainAsync(User.Id(), id, cancellation) ? RedirectToPage(new { sharedAgain = id }) : NotFound();

    private async Task<IReadOnlyList<Row>> LoadAsync(string candidateId, CancellationToken cancellation)
    {
        var consents = await db.Consents.AsNoTracking().Where(c => c.CandidateId == candidateId)
            .OrderByDescending(c => c.GrantedAt).ToListAsync(cancellation);
        if (consents.Count == 0)
            return [];

        var companyIds = consents.Select(c => c.CompanyId).Distinct().ToList();
        var companies = await db.HiringCompanies.Where(c => companyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellation);
        var openingIds = consents.Where(c => c.OpeningId is not null).Select(c => c.OpeningId!.Value).Distinct().ToList();
        var openings = await db.Openings.Where(o => openingIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Title, cancellation);
        var bookNames = new Dictionary<Guid, string>();
        foreach (var book in await books.ListAsync(candidateId, cancellation))
            bookNames[book.Id] = await books.NameAsync(book, cancellation);

        var log = await db.AccessLog.AsNoTracking().Where(e => e.CandidateId == candidateId).ToListAsync(cancellation);
        var recruiterIds = log.Select(e => e.RecruiterId).Distinct().ToList();
        var recruiters = await db.Users.Where(u => recruiterIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellation);
        var byConsent = log.ToLookup(e => e.ConsentId);

        var culture = CultureInfo.CurrentCulture;
        var now = clock.GetUtcNow();
        return [.. consents.Select(c =>
        {
            var company = companies.GetValueOrDefault(c.CompanyId) ?? "";
            var groups = AccessGrouping.Group(byConsent[c.Id].Select(e => (e.RecruiterId, e.ApiKeyName, e.Action, e.At)), AccessGrouping.Window);
            return new Row(c, company,
                c.OpeningId is { } openingId ? openings.GetValueOrDefault(openingId) : null,
                bookNames.GetValueOrDefault(c.BookId),
                c.StateAt(now),
                AccessSummary.Sentences(company, groups, l, culture),
                AccessLine.Of(groups.Take(LatestShown), recruiters, company, l),
                groups.Count);
        })];
    }
}
