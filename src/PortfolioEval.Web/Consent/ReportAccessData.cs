using Microsoft.EntityFrameworkCore;
using PortfolioEval.Consent;
using PortfolioEval.Data;

namespace PortfolioEval.Web.Consent;

/// <summary>What <see cref="ReportAccess"/> decides from, read from the database on every request.</summary>
public sealed class ReportAccessData(PortfolioDbContext db) : IReportAccessData
{
    public Task<string?> FindBookOwnerAsync(Guid bookId, CancellationToken cancellationToken) =>
        db.ClientBooks.Where(b => b.Id == bookId).Select(b => b.CandidateId).SingleOrDefaultAsync(cancellationToken);

    public async Task<ReportReader?> FindReaderAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.HiringCompanyId }).SingleOrDefaultAsync(cancellationToken);
        if (user is null)
            return null;
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           where userRole.UserId == userId
                           select role.Name!).ToListAsync(cancellationToken);
        return new ReportReader(roles, user.HiringCompanyId);
    }

    public async Task<IReadOnlyCollection<ConsentFacts>> ConsentsForBookAsync(Guid bookId, CancellationToken cancellationToken) =>
        [.. (await db.Consents.AsNoTracking().Where(c => c.BookId == bookId).ToListAsync(cancellationToken)).Select(ConsentFacts.Of)];
}
