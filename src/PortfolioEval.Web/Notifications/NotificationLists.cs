using Microsoft.EntityFrameworkCore;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Notifications;

namespace PortfolioEval.Web.Notifications;

/// <summary>A person's notifications list and which kinds they turned off. Every query is scoped to the person.</summary>
public sealed class NotificationLists(PortfolioDbContext db, TimeProvider clock)
{
    /// <summary>One entry as the list shows it: the names are read now (a withdrawn candidate's is empty).</summary>
    public sealed record Entry(Notification Notification, string Company, string? Opening, string SharedName, bool ConsentInForce);

    public const int Shown = 100;

    /// <summary>The newest <see cref="Shown"/>, newest first.</summary>
    public async Task<IReadOnlyList<Entry>> ListAsync(string userId, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var rows = await (from n in db.Notifications.AsNoTracking()
                          where n.UserId == userId
                          join c in db.Consents on n.ConsentId equals c.Id
                          join company in db.HiringCompanies on c.CompanyId equals company.Id
                          from opening in db.Openings.Where(o => o.Id == c.OpeningId).DefaultIfEmpty()
                          orderby n.CreatedAt descending
                          select new { n, Company = company.Name, Opening = opening == null ? null : opening.Title, c.SharedName, Facts = new ConsentFacts(c.Id, c.CandidateId, c.CompanyId, c.BookId, c.ExpiresAt, c.RevokedAt, c.WithdrawnAt) })
            .Take(Shown).ToListAsync(cancellation);
        return [.. rows.Select(r => new Entry(r.n, r.Company, r.Opening, r.SharedName, r.Facts.StateAt(now) == ConsentState.InForce))];
    }

    public Task<int> UnreadAsync(string userId, CancellationToken cancellation) =>
        db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellation);

    public Task MarkAllReadAsync(string userId, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        return db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellation);
    }

    public async Task<IReadOnlySet<NotificationKind>> TurnedOffAsync(string userId, CancellationToken cancellation) =>
        (await db.NotificationOptOuts.AsNoTracking().Where(o => o.UserId == userId).Select(o => o.Kind).ToListAsync(cancellation)).ToHashSet();

    /// <summary>Turns off exactly <paramref name="off"/> among <paramref name="offered"/>; the rest of the offered kinds are on.</summary>
    public async Task ChooseAsync(string userId, IReadOnlyCollection<NotificationKind> offered, IReadOnlyCollection<NotificationKind> off, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(offered);
        ArgumentNullException.ThrowIfNull(off);
        await db.NotificationOptOuts.Where(o => o.UserId == userId && offered.Contains(o.Kind)).ExecuteDeleteAsync(cancellation);
        foreach (var kind in offered.Intersect(off))
            db.NotificationOptOuts.Add(new NotificationOptOut(userId, kind));
        await db.SaveChangesAsync(cancellation);
    }
}
