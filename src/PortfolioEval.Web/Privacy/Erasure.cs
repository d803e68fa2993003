using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Accounts;
using PortfolioEval.Data;
using PortfolioEval.Web.Email;
using PortfolioEval.Web.Notifications;
using PortfolioEval.Web.Storage;
using PortfolioEval.Web.Webhooks;
using PortfolioEval.Webhooks;

namespace PortfolioEval.Web.Privacy;

/// <summary>
/// Erasure for good. A book: its rows, its encrypted content and its summary, and the names of its clients that no
/// other book of the candidate holds (their labels keep only their numbers). An account: everything of the person,
/// first the candidate's key, so that any copy of their encrypted data left behind (a free database page, the write-ahead
/// log, a copied blob) can never be decrypted again (crypto-shredding). Then the storage is scrubbed so deleted bytes leave the disk.
/// Consents are never deleted: a company keeps seeing that the candidate revoked or withdrew, and nothing else.
/// </summary>
public sealed partial class Erasure(
    PortfolioDbContext db,
    CandidateBooks books,
    ClientLabels labels,
    UserManager<ApplicationUser> users,
    IStorageScrubber scrubber,
    OutboxMessages outbox,
    WebhookOutbox webhooks,
    Notifier notifier,
    TimeProvider clock,
    ILogger<Erasure> log)
{
    public async Task<bool> DeleteBookAsync(string candidateId, Guid bookId, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        // Only consents still in force are revoked: one that expired keeps saying so in the candidate's history.
        var consents = await db.Consents.Where(c => c.BookId == bookId && c.CandidateId == candidateId).ToListAsync(cancellation);
        var revoked = consents.Where(c => c.IsInForce(now)).ToList();
        foreach (var consent in revoked)
        {
            consent.Revoke(now);
            await webhooks.AddAsync(consent.CompanyId, WebhookEvent.ConsentRevoked, new WebhookSubject(consent.Id, consent.OpeningId), now, cancellation);
        }
        await db.SaveChangesAsync(cancellation);
        await db.SharedReports.Where(r => db.Consents.Any(c => c.Id == r.ConsentId && c.BookId == bookId && c.CandidateId == candidateId))
            .ExecuteDeleteAsync(cancellation);
        await db.BookContents.Where(c => c.BookId == bookId && db.ClientBooks.Any(b => b.Id == bookId && b.CandidateId == candidateId))
            .ExecuteDeleteAsync(cancellation);
        var deleted = await db.ClientBooks.Where(b => b.Id == bookId && b.CandidateId == candidateId).ExecuteDeleteAsync(cancellation);
        if (deleted > 0)
            await labels.ForgetNamesExceptAsync(candidateId, await ClientsOfRemainingBooksAsync(candidateId, cancellation), cancellation);
        await transaction.CommitAsync(cancellation);
        await scrubber.ScrubAsync(cancellation);
        foreach (var consent in revoked)
            await notifier.RevokedAsync(consent, cancellation);
        return deleted > 0;
    }

    public async Task DeleteAccountAsync(ApplicationUser user, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.Id;
        var email = user.Email;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellation))
        {
            // The key first: from here on nothing of theirs can be decrypted, whatever happens next.
            await db.CandidateKeys.Where(k => k.CandidateId == id).ExecuteDeleteAsync(cancellation);
            await db.BookContents.Where(c => db.ClientBooks.Any(b => b.Id == c.BookId && b.CandidateId == id)).ExecuteDeleteAsync(cancellation);
            await db.ClientBooks.Where(b => b.CandidateId == id).ExecuteDeleteAsync(cancellation);
            await db.PendingUploads.Where(u => u.CandidateId == id).ExecuteDeleteAsync(cancellation);
            await db.SavedMappings.Where(m => m.CandidateId == id).ExecuteDeleteAsync(cancellation);
            await db.ClientLabels.Where(l => l.CandidateId == id).ExecuteDeleteAsync(cancellation);
            await WithdrawConsentsAsync(id, cancellation);
            // The application threads and everything the person was told, or that was told about their applications.
            await db.Messages.Where(m => m.CandidateId == id).ExecuteDeleteAsync(cancellation);
            await db.Notifications.Where(n => n.UserId == id || db.Consents.Any(c => c.Id == n.ConsentId && c.CandidateId == id)).ExecuteDeleteAsync(cancellation);
            await db.NotificationOptOuts.Where(o => o.UserId == id).ExecuteDeleteAsync(cancellation);
            await db.Shortlist.Where(s => db.Consents.Any(c => c.Id == s.ConsentId && c.CandidateId == id)).ExecuteDeleteAsync(cancellation);
            var result = await users.DeleteAsync(user);
            if (!result.Succeeded)
                throw new InvalidOperationException("The account could not be deleted: " + string.Join(" ", result.Errors.Select(e => e.Code)));
            await transaction.CommitAsync(cancellation);
        }
        await scrubber.ScrubAsync(cancellation);
        // The emails still waiting in the outbox (a confirmation, a reset link) carry the address and live links.
        if (!string.IsNullOrEmpty(email))
            outbox.DeleteTo(email);
        LogAccountErased(log);
    }

    // Reads every remaining book once: deleting a book is rare, and a name kept for a client of no book would be kept
    // for nothing.
    private async Task<HashSet<string>> ClientsOfRemainingBooksAsync(string candidateId, CancellationToken cancellation)
    {
        var clients = new HashSet<string>(StringComparer.Ordinal);
        foreach (var book in await books.ListAsync(candidateId, cancellation))
            clients.UnionWith((await books.ClientsAsync(book, cancellation)).Select(c => c.ClientPseudonym));
        return clients;
    }

    /// <summary>
    /// Every consent of the candidate ends as withdrawn (the row stays, without the name shown or the receipt); what
    /// the companies could read goes, and so does the log of who read it, which was kept for the candidate alone.
    /// </summary>
    private async Task WithdrawConsentsAsync(string candidateId, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        foreach (var consent in await db.Consents.Where(c => c.CandidateId == candidateId).ToListAsync(cancellation))
        {
            // The companies whose consent was still in force hear that it ended (ids only, as for a revocation).
            if (consent.IsInForce(now))
                await webhooks.AddAsync(consent.CompanyId, WebhookEvent.ConsentRevoked, new WebhookSubject(consent.Id, consent.OpeningId), now, cancellation);
            consent.Withdraw(now);
        }
        await db.SaveChangesAsync(cancellation);
        await db.SharedReports.Where(r => db.Consents.Any(c => c.Id == r.ConsentId && c.CandidateId == candidateId)).ExecuteDeleteAsync(cancellation);
        await db.AccessLog.Where(e => e.CandidateId == candidateId).ExecuteDeleteAsync(cancellation);
    }

    // No identifier at all: the person asked to be forgotten.
    [LoggerMessage(Level = LogLevel.Information, Message = "An account was erased at its owner's request.")]
    private static partial void LogAccountErased(ILogger logger);
}
