using Microsoft.EntityFrameworkCore;

namespace PortfolioEval.Web.Storage;

/// <summary>
/// PostgreSQL's side of erasure. A deleted row stays in its table's pages (a dead tuple) until VACUUM prunes it, so after
/// an erasure the tables that held the candidate's secret and content are vacuumed at once rather than at autovacuum's
/// leisure. What erases is still the deleted candidate secret (crypto-shredding): VACUUM frees the space for reuse, it
/// does not zero it, and the write-ahead log and backups keep old pages for their own retention (ADR-002).
/// </summary>
internal sealed class PostgresScrubber(Data.PortfolioDbContext db) : IStorageScrubber
{
    // VACUUM cannot run inside a transaction; the erasure committed its own before calling this.
    public Task ScrubAsync(CancellationToken cancellation) =>
        db.Database.ExecuteSqlRawAsync("VACUUM \"CandidateKeys\", \"BookContents\", \"ClientBooks\", \"ClientLabels\", \"PendingUploads\";", cancellation);
}
