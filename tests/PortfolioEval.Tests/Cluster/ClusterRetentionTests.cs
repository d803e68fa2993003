using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Tests.Accounts;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Privacy;

namespace PortfolioEval.Tests.Cluster;

/// <summary>Each node runs the retention job on its own timer; every step is claimed in the database first (ADR-006).</summary>
public sealed class ClusterRetentionTests
{
    private const string WarningSubject = "Tus carteras de clientes en PortfolioEval se eliminarán";
    private const string ErasedSubject = "Tus carteras de clientes en PortfolioEval se eliminaron";

    [PostgresFact]
    public async Task BothNodesRunningRetentionAtOnce_WarnEachCandidateOnce_AndEraseOnce()
    {
        using var cluster = new TwoNodes();
        var emails = new List<string>();
        for (var i = 0; i < 4; i++)
            emails.Add((await cluster.A.NewCandidateWithBookAsync("cartera.csv", AdminPortal.Book)).Email);
        await TimePassesAsync(cluster, TimeSpan.FromDays(25 * 31));

        var warned = await BothRunAsync(cluster);
        await TimePassesAsync(cluster, TimeSpan.FromDays(31));
        var erased = await BothRunAsync(cluster);

        Assert.Equal(4, warned.Sum(p => p.Warned));
        Assert.Equal(4, erased.Sum(p => p.Erased));
        Assert.All(emails, email =>
        {
            Assert.Equal(1, cluster.Outbox.To(email).Count(m => m.Subject == WarningSubject));
            Assert.Equal(1, cluster.Outbox.To(email).Count(m => m.Subject == ErasedSubject));
        });
        Assert.Equal(0, await cluster.A.WithDbAsync(db => db.ClientBooks.CountAsync()));
    }

    private static async Task<RetentionPass[]> BothRunAsync(TwoNodes cluster)
    {
        var a = cluster.A.Services.GetRequiredService<RetentionJob>();
        var b = cluster.B.Services.GetRequiredService<RetentionJob>();
        return await Task.WhenAll(Task.Run(() => a.RunOnceAsync(CancellationToken.None)), Task.Run(() => b.RunOnceAsync(CancellationToken.None)));
    }

    /// <summary>Moves every account back in time, as if <paramref name="span"/> had passed for them.</summary>
    private static Task<int> TimePassesAsync(TwoNodes cluster, TimeSpan span) => cluster.A.WithDbAsync(async db =>
    {
        foreach (var user in await db.Users.AsNoTracking().ToListAsync())
        {
            var (lastActive, warnedAt) = (user.LastActiveAt - span, user.RetentionWarnedAt - span);
            await db.Users.Where(u => u.Id == user.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(u => u.LastActiveAt, lastActive).SetProperty(u => u.RetentionWarnedAt, warnedAt));
        }
        return 0;
    });
}
