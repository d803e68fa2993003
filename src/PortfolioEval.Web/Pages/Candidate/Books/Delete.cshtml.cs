using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PortfolioEval.Books;
using PortfolioEval.Data;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Books;
using PortfolioEval.Web.Privacy;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Pages.Candidate.Books;

/// <summary>
/// Asks before a book is deleted, naming every consent in force that deleting it ends (the companies lose its report
/// at once, and an application made with it is withdrawn); deleting then says what it did.
/// </summary>
public class DeleteModel(CandidateBooks books, Erasure erasure, PortfolioDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <param name="Opening">The opening applied to; null when shared with the company directly.</param>
    public sealed record EndingConsent(string Company, string? Opening);

    public ClientBook Book { get; private set; } = null!;
    public string Name { get; private set; } = "";
    public IReadOnlyList<EndingConsent> Ending { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellation)
    {
        var book = await books.FindAsync(User.Id(), id, cancellation);
        if (book is null)
            return NotFound();
        Book = book;
        Name = await books.NameAsync(book, cancellation);
        Ending = await EndingAsync(book, cancellation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellation)
    {
        var book = await books.FindAsync(User.Id(), id, cancellation);
        if (book is null)
            return NotFound();
        var name = await books.NameAsync(book, cancellation);
        var ended = (await EndingAsync(book, cancellation)).Count;
        if (!await erasure.DeleteBookAsync(User.Id(), id, cancellation))
            return NotFound();
        TempData.Tell(ended == 0
            ? l["Deleted: the client book “{0}” and its report.", name]
            : l["Deleted: the client book “{0}” and its report; {1} consent(s) ended, and those companies no longer see it.", name, ended]);
        return RedirectToPage("/Candidate/Index");
    }

    private async Task<IReadOnlyList<EndingConsent>> EndingAsync(ClientBook book, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var consents = await db.Consents.AsNoTracking().Where(c => c.BookId == book.Id && c.CandidateId == book.CandidateId)
            .ToListAsync(cancellation);
        var inForce = consents.Where(c => c.IsInForce(now)).ToList();
        if (inForce.Count == 0)
            return [];
        var companyIds = inForce.Select(c => c.CompanyId).Distinct().ToList();
        var companies = await db.HiringCompanies.Where(c => companyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellation);
        var openingIds = inForce.Where(c => c.OpeningId is not null).Select(c => c.OpeningId!.Value).Distinct().ToList();
        var openings = await db.Openings.Where(o => openingIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Title, cancellation);
        return [.. inForce.Select(c => new EndingConsent(companies.GetValueOrDefault(c.CompanyId) ?? "",
            c.OpeningId is { } opening ? openings.GetValueOrDefault(opening) : null))];
    }
}
