using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Consent;

namespace PortfolioEval.Web.Pages.Candidate.Consents;

/// <summary>
/// The consent receipt as a page to read and print: the fields of the stored receipt (the JSON the candidate can also
/// download), read from it, so the page says exactly what the receipt says.
/// </summary>
public class PrintableReceiptModel(PortfolioDbContext db) : PageModel
{
    public Guid Id { get; private set; }
    public ReceiptContents Receipt { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellation)
    {
        if (await OwnReceipts.FindAsync(db, User.Id(), id, cancellation) is not { } receipt)
            return NotFound();
        Response.Headers.CacheControl = "no-store";
        Id = id;
        Receipt = ReceiptContents.Read(receipt);
        return Page();
    }
}
