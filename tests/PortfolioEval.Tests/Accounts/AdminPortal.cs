using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Data;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Books;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Email;
using PortfolioEval.Web.Privacy;

namespace PortfolioEval.Tests.Accounts;

/// <summary>
/// A portal with a first admin whose password the tests know, and an email sender that fails for the addresses a test
/// marks unreachable (the rest go to the outbox as usual).
/// </summary>
public class AdminPortal : PortfolioFactory
{
    public const string AdminEmail = "admin@admin-tests.example.test";

    private readonly Lazy<Task<HttpClient>> _admin;

    public AdminPortal() : base(new Dictionary<string, string?> { ["Admin:Email"] = AdminEmail, ["Admin:Password"] = AccountSteps.Password }) =>
        _admin = new(async () =>
        {
            var client = CreateBrowser();
            using var login = await client.LoginAsync(AdminEmail);
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            return client;
        });

    /// <summary>Addresses whose email fails to send, as a mail server refusing them would.</summary>
    public ConcurrentDictionary<string, bool> Unreachable { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Task<HttpClient> AdminAsync() => _admin.Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.AddSingleton<IEmailSender>(sp => new RefusingSender(sp.GetRequiredService<OutboxEmailSender>(), Unreachable)));
    }

    public Task<RetentionPass> RunRetentionAsync() => Services.GetRequiredService<RetentionJob>().RunOnceAsync(CancellationToken.None);

    /// <summary>
    /// Moves one account back in time by <paramref name="span"/>, as if that much time had passed for it alone: its last
    /// sign-in and its retention warning. The portal's clock, shared by every test, stays where it is.
    /// </summary>
    public async Task TimePassesForAsync(string email, TimeSpan span)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        var (lastActive, warned) = (user.LastActiveAt - span, user.RetentionWarnedAt - span);
        await db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.LastActiveAt, lastActive).SetProperty(u => u.RetentionWarnedAt, warned));
    }

    /// <summary>The candidate's books and their stored contents (records, file, report), in rows.</summary>
    public Task<(int Books, int Contents)> StoredBooksAsync(string email) => this.WithDbAsync(async db =>
    {
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var books = await db.ClientBooks.Where(b => b.CandidateId == id).Select(b => b.Id).ToListAsync();
        return (books.Count, await db.BookContents.CountAsync(c => books.Contains(c.BookId)));
    });

    /// <summary>The two-client book the admin tests give their candidates (see <see cref="Arrange.NewCandidateWithBookAsync(PortfolioFactory, string, byte[], string)"/>).</summary>
    public static readonly byte[] Book = Encoding.UTF8.GetBytes(
        "Cliente;Rubro;Fecha último contacto;Monto\r\n" +
        "Minera Andina S.A.C.;Minería;04/06/2026;12.500,50\r\n" +
        "Agro Norte S.A.;Agroindustria;01/05/2026;3.200,00\r\n");

    private sealed class RefusingSender(IEmailSender inner, ConcurrentDictionary<string, bool> unreachable) : IEmailSender
    {
        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default) =>
            unreachable.ContainsKey(message.To)
                ? throw new InvalidOperationException($"550 mailbox unavailable: {message.To}")
                : inner.SendAsync(message, cancellationToken);
    }
}
