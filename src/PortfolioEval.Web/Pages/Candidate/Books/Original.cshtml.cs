using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Books;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Books;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Pages.Candidate.Books;

/// <summary>The candidate downloads the file they uploaded, decrypted for them only.</summary>
public class OriginalModel(CandidateBooks books) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellation)
    {
        var book = await books.FindAsync(User.Id(), id, cancellation);
        if (book is null || await books.OriginalAsync(book, cancellation) is not { } original)
            return NotFound();
        var type = book.Format switch
        {
            BookFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            BookFormat.Xls => "application/vnd.ms-excel",
            _ => "text/csv",
        };
        // Private: no shared cache may keep a copy.
        Response.Headers.CacheControl = "no-store";
        return File(original.Content, type, original.Name);
    }
}
