using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Books;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Books;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Pages.Candidate.Books;

/// <summary>What the import did with every row of a book.</summary>
public class SummaryModel(CandidateBooks books, BookImports imports) : PageModel
{
    /// <summary>Rejections shown on the page; the download has them all.</summary>
    public const int RejectionsShown = 100;

    public ClientBook Book { get; private set; } = null!;
    public string Name { get; private set; } = "";
    public IReadOnlyList<RowRejection> FirstRejections { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellation)
    {
        var book = await books.FindAsync(User.Id(), id, cancellation);
        if (book is null)
            return NotFound();
        Book = book;
        Name = await books.NameAsync(book, cancellation);
        FirstRejections = [.. (await books.RejectionsAsync(book, cancellation)).Take(RejectionsShown)];
        return Page();
    }

    /// <summary>Maps the stored original again, as a new upload; this book stays until the candidate deletes it.</summary>
    public async Task<IActionResult> OnPostRemapAsync(Guid id, CancellationToken cancellation)
    {
        var book = await books.FindAsync(User.Id(), id, cancellation);
        if (book is null || await books.OriginalAsync(book, cancellation) is not { } original)
            return NotFound();
        var culture = BookCultures.DefaultFor(System.Globalization.CultureInfo.CurrentUICulture);
        var upload = await imports.RemapAsync(User.Id(), original, culture, cancellation);
        return upload.Upload is null ? NotFound() : RedirectToPage("Map", new { id = upload.Upload.Id, culture });
    }
}
