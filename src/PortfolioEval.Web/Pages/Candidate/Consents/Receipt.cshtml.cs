using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Data;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Consent;

namespace PortfolioEval.Web.Pages.Candidate.Consents;

/// <summary>The Kantara consent receipt issued when the candidate consented, exactly as stored.</summary>
public class ReceiptModel(PortfolioDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellation)
    {
        if (await OwnReceipts.FindAsync(db, User.Id(), id, cancellation) is not { } receipt)
            return NotFound();
        Response.Headers.CacheControl = "no-store";
        return File(Encoding.UTF8.GetBytes(receipt), "application/json", $"consent-receipt-{id:D}.json");
    }
}
