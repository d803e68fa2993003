using Microsoft.EntityFrameworkCore;
using PortfolioEval.Data;
using PortfolioEval.Privacy;
using PortfolioEval.Web.Accounts;

namespace PortfolioEval.Web.Privacy;

/// <summary>
/// What the retention job does to one candidate. Each step first claims the candidate with a conditional update that
/// matches only if nothing changed since the candidate was read (no sign-in, no other node acting), and acts only if
/// its update changed the row: of two nodes running the job, one warns and one erases, never both.
/// </summary>
public sealed class RetentionSteps(
    PortfolioDbContext db,
    Erasure erasure,
    AccountEmails emails,
    AccountLinks links)
{
    /// <summary>Marks the candidate warned, then sends the warning; false if someone else did, or they signed in.</summary>
    public async Task<bool> WarnAsync(RetentionCandidate candidate, RetentionPolicy policy, DateTimeOffset now, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(policy);
        var claimed = await db.Users
            .Where(u => u.Id == candidate.Id && u.LastActiveAt == candidate.LastActiveAt
                        && (u.RetentionWarnedAt == null || u.RetentionWarnedAt < u.LastActiveAt))
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.RetentionWarnedAt, now), cancellation);
        if (claimed == 0)
            return false;
        try
        {
            await emails.SendRetentionWarningAsync(candidate.Email, candidate.Language, candidate.DisplayName, candidate.LastActiveAt, policy.InactiveMonths,
                Retention.ErasureDate(candidate.LastActiveAt, now, policy), links.Login());
        }
        catch
        {
            // Not told, so not warned: the next pass tries again, and no book is erased on an email that never left.
            await db.Users.Where(u => u.Id == candidate.Id && u.RetentionWarnedAt == now)
                .ExecuteUpdateAsync(set => set.SetProperty(u => u.RetentionWarnedAt, (DateTimeOffset?)null), CancellationToken.None);
            throw;
        }
        return true;
    }

    /// <summary>Erases every book of the candidate through the crypto-shredding path, then tells them; the account stays.</summary>
    /// <remarks>
    /// The claim moves the warning to <paramref name="now"/> instead of clearing it: while the books are being deleted,
    /// another node reading the candidate sees a warning issued just now, which is neither due for erasure nor open to
    /// a new warning. A cleared warning there read as "never warned", and that node warned the candidate a second time.
    /// The warning is spent (cleared) once the books are gone; a node stopped midway leaves a warning that erases the
    /// rest after the notice period.
    /// </remarks>
    public async Task<bool> EraseBooksAsync(RetentionCandidate candidate, DateTimeOffset now, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.RetentionWarnedAt is not { } warnedAt)
            throw new ArgumentException("Books are never erased without a warning.", nameof(candidate));
        var claimed = await db.Users
            .Where(u => u.Id == candidate.Id && u.LastActiveAt == candidate.LastActiveAt && u.RetentionWarnedAt == warnedAt)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.RetentionWarnedAt, now), cancellation);
        if (claimed == 0)
            return false;
        var books = await db.ClientBooks.Where(b => b.CandidateId == candidate.Id).Select(b => b.Id).ToListAsync(cancellation);
        var erased = 0;
        foreach (var book in books)
        {
            if (await erasure.DeleteBookAsync(candidate.Id, book, cancellation))
                erased++;
        }
        await db.Users.Where(u => u.Id == candidate.Id && u.RetentionWarnedAt == now)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.RetentionWarnedAt, (DateTimeOffset?)null), cancellation);
        if (erased == 0)
            return false;
        await emails.SendBooksErasedAsync(candidate.Email, candidate.Language, candidate.DisplayName, candidate.LastActiveAt, warnedAt);
        return true;
    }
}
