using Microsoft.EntityFrameworkCore;
using PortfolioEval.Data;

namespace PortfolioEval.Web.Consent;

/// <summary>The one way a candidate's receipt is read: only the candidate who gave the consent gets it.</summary>
public static class OwnReceipts
{
    /// <returns>The receipt's JSON, or null when the consent is not this candidate's or has no receipt (erased).</returns>
    public static async Task<string?> FindAsync(PortfolioDbContext db, string candidateId, Guid consentId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        var receipt = await db.Consents.Where(c => c.Id == consentId && c.CandidateId == candidateId)
            .Select(c => c.ReceiptJson).SingleOrDefaultAsync(cancellation);
        return string.IsNullOrEmpty(receipt) ? null : receipt;
    }
}
