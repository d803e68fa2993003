using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PortfolioEval.Books;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Books;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Pages.Candidate.Books;

/// <summary>
/// Every rejected row of a book, and every warning (a field left empty on an imported row), as CSV in the
/// candidate's language, safe to open in a spreadsheet.
/// </summary>
public class RejectionsModel(CandidateBooks books, BookTexts texts, IStringLocalizer<SharedResource> l) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellation)
    {
        var book = await books.FindAsync(User.Id(), id, cancellation);
        if (book is null)
            return NotFound();

        var csv = new StringBuilder();
        SafeCsv.AppendRow(csv, [l["Row"], l["Column"], l["Field"], l["Reason"], l["Value"], l["Outcome"]]);
        foreach (var r in await books.RejectionsAsync(book, cancellation))
            SafeCsv.AppendRow(csv, [r.SheetRowNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), r.ColumnHeader, texts.Field(r.Field), texts.Reason(r.Reason), r.Value,
                r.Kept ? l["Field left empty, row imported"] : l["Row rejected"]]);
        // A BOM so Excel opens the accents right.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        Response.Headers.CacheControl = "no-store";
        return File(bytes, "text/csv; charset=utf-8", $"rejected-rows-{book.ImportedAt:yyyyMMdd-HHmm}.csv");
    }
}
