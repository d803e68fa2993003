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
/// Every consent the candidate gave, newest first, where it stands, one click to revoke it, its receipt, and what each
/// company did with the report.
/// </summary>
public class IndexModel(PortfolioDbContext db, CandidateBooks books, ConsentGrants grants, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record Access(DateTimeOffset At, string Recruiter, AccessAction Action);

    /// <param name="Opening">The opening's title; null when shared with the company directly.</param>
    /// <param name="Book">The book's name; null when the book was deleted since.</param>
    public sealed record Row(CandidateConsent Consent, string Company, string? Opening, string? Book, ConsentState State,
        IReadOnlyList<string> Summary, IReadOnlyList<Access> Accesses);

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

    /// <summary>The recruiter by name, or the company's API key an integration read through ("via API key ATS of Andina").</summary>
    private string WhoOf(AccessLogEntry entry, string company, IReadOnlyDictionary<string, string> recruiters) =>
        entry.ApiKeyName is { } key
            ? l["via API key {0} of {1}", key, company]
            : recruiters.GetValueOrDefault(entry.RecruiterId) ?? l["a recruiter no longer on the portal"];

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

        var log = await db.AccessLog.AsNoTracking().Where(e => e.CandidateId == candidateId).OrderByDescending(e => e.At).ToListAsync(cancellation);
        var recruiterIds = log.Select(e => e.RecruiterId).Distinct().ToList();
        var recruiters = await db.Users.Where(u => recruiterIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellation);
        var byConsent = log.ToLookup(e => e.ConsentId);

        var culture = CultureInfo.CurrentCulture;
        var now = clock.GetUtcNow();
        return [.. consents.Select(c =>
        {
            var company = companies.GetValueOrDefault(c.CompanyId) ?? "";
            var entries = byConsent[c.Id].ToList();
            return new Row(c, company,
                c.OpeningId is { } openingId ? openings.GetValueOrDefault(openingId) : null,
                bookNames.GetValueOrDefault(c.BookId),
                c.StateAt(now),
                AccessSummary.Sentences(company, [.. entries.Select(e => (e.Action, e.At))], l, culture),
                [.. entries.Select(e => new Access(e.At, WhoOf(e, company, recruiters), e.Action))]);
        })];
    }
}
