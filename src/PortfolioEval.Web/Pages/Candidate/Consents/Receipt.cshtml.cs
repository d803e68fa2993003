using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Data;
using PortfolioEval.Web.Accounts;

namespace PortfolioEval.Web.Pages.Candidate.Consents;

/// <summary>The Kantara consent receipt issued when the candidate consented, exactly as stored.</summary>
public class ReceiptModel(PortfolioDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellation)
    {
        var candidateId = User.Id();
        var receipt = await db.Consents.Where(c => c.Id == id && c.CandidateId == candidateId)
            .Select(c => c.ReceiptJson).SingleOrDefaultAsync(cancellation);
        if (string.IsNullOrEmpty(receipt))
            return NotFound();
        Response.Headers.CacheControl = "no-store";
        return File(Encoding.UTF8.GetBytes(receipt), "application/json", $"consent-receipt-{id:D}.json");
    }
}
