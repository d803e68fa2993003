using Microsoft.EntityFrameworkCore;
using PortfolioEval.Books;
using PortfolioEval.Data;

namespace PortfolioEval.Web.Books;

/// <summary>A candidate's own books: every query is scoped to the candidate, so another's book is simply not found.</summary>
public sealed class CandidateBooks(PortfolioDbContext db)
{
    public Task<List<ClientBook>> ListAsync(string candidateId, CancellationToken cancellation) =>
        db.ClientBooks.Where(b => b.CandidateId == candidateId).OrderByDescending(b => b.ImportedAt).ToListAsync(cancellation);

    public Task<ClientBook?> FindAsync(string candidateId, Guid id, CancellationToken cancellation) =>
        db.ClientBooks.SingleOrDefaultAsync(b => b.Id == id && b.CandidateId == candidateId, cancellation);

    public async Task DeleteAsync(string candidateId, Guid id, CancellationToken cancellation) =>
        await db.ClientBooks.Where(b => b.Id == id && b.CandidateId == candidateId).ExecuteDeleteAsync(cancellation);
}
