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
    public IReadOnlyList<RowRejection> FirstRejections { get; private set; } = [];

    /// <summary>The first warnings: fields left empty on rows that were imported.</summary>
    public IReadOnlyList<RowRejection> FirstWarnings { get; private set; } = [];

    /// <summary>The book's label, else its file's name: what the candidate's lists call it.</summary>
    public string Name { get; private set; } = "";

    [BindProperty]
    [System.ComponentModel.DataAnnotations.StringLength(ClientBook.LabelMaxLength, ErrorMessage = "The {0} field must be at most {1} characters long.")]
    [System.ComponentModel.DataAnnotations.Display(Name = "Name of this book (only you see it)")]
    public string? Label { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellation)
    {
        var book = await books.FindAsync(User.Id(), id, cancellation);
        if (book is null)
            return NotFound();
        Book = book;
        var problems = await books.RejectionsAsync(book, cancellation);
        FirstRejections = [.. problems.Where(p => !p.Kept).Take(RejectionsShown)];
        FirstWarnings = [.. problems.Where(p => p.Kept).Take(RejectionsShown)];
        Name = await books.NameAsync(book, cancellation);
        Label = book.Label;
        return Page();
    }

    /// <summary>Names the book as the candidate likes; an empty label brings back the file's name.</summary>
    public async Task<IActionResult> OnPostRenameAsync(Guid id, CancellationToken cancellation)
    {
        var book = await books.FindAsync(User.Id(), id, cancellation);
        if (book is null)
            return NotFound();
        if (!ModelState.IsValid)
        {
            var page = await OnGetAsync(id, cancellation);
            if (page is PageResult result)
                result.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return page;
        }

        await books.RenameAsync(book, Label, cancellation);
        return RedirectToPage(new { id });
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
