using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Books;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Books;

namespace PortfolioEval.Web.Pages.Candidate.Books;

/// <summary>What the import did with every row of a book.</summary>
public class SummaryModel(CandidateBooks books) : PageModel
{
    /// <summary>Rejections shown on the page; the download has them all.</summary>
    public const int RejectionsShown = 100;

    public ClientBook Book { get; private set; } = null!;
    public IReadOnlyList<RowRejection> FirstRejections { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellation)
    {
        var book = await books.FindAsync(User.Id(), id, cancellation);
        if (book is null)
            return NotFound();
        Book = book;
        FirstRejections = [.. RejectionList.Unpack(book.Rejections).Take(RejectionsShown)];
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellation)
    {
        await books.DeleteAsync(User.Id(), id, cancellation);
        return RedirectToPage("/Candidate/Index");
    }
}
