using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Accounts;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Recruiting;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Web.Consent;

namespace PortfolioEval.Tests.Accounts;

/// <summary>Companies, users, locking and the record of processing, as the admin uses them.</summary>
public class AdminPagesTests(AdminPortal app) : IClassFixture<AdminPortal>
{
    [Fact]
    public async Task Users_SearchByNameOrEmail_FindsTheAccountWithItsRoleAndLastActivity()
    {
        var marker = $"Buscada{Guid.NewGuid():N}"[..16];
        var (_, email) = await app.NewCandidateWithBookAsync("cartera.csv", AdminPortal.Book, $"Ana {marker}");
        var admin = await app.AdminAsync();

        var byName = await admin.GetDocumentAsync($"/Admin/Users?q={marker.ToLowerInvariant()}");
        var byEmail = await admin.GetDocumentAsync($"/Admin/Users?q={Uri.EscapeDataString(email)}");

        var row = Assert.Single(byName.QuerySelectorAll("[data-testid=user]"));
        Assert.Equal(email, row.QuerySelector("[data-testid=email]")!.TextContent);
        Assert.Contains("Candidato", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(DateTime.Now.ToString("d", new System.Globalization.CultureInfo("es")), row.TextContent, StringComparison.Ordinal);
        Assert.Single(byEmail.QuerySelectorAll("[data-testid=user]"));
    }

    [Fact]
    public async Task Users_SearchForPercentSign_MatchesItLiterally()
    {
        var admin = await app.AdminAsync();

        var page = await admin.GetDocumentAsync("/Admin/Users?q=%25");

        Assert.Empty(page.QuerySelectorAll("[data-testid=user]"));
        Assert.NotNull(page.QuerySelector("[data-testid=no-users]"));
    }

    [Fact]
    public async Task Users_MoreThanFifty_ArePagedFiftyAPage()
    {
        var marker = $"Paginada{Guid.NewGuid():N}"[..16];
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            for (var i = 0; i < 51; i++)
                Assert.True((await users.CreateAsync(new ApplicationUser(AccountSteps.NewEmail("paged"), $"{marker} {i}", DateTimeOffset.UtcNow))).Succeeded);
        }
        var admin = await app.AdminAsync();

        var first = await admin.GetDocumentAsync($"/Admin/Users?q={marker}");
        var next = first.QuerySelector("[data-testid=next-page]")!.GetAttribute("href")!;
        var second = await admin.GetDocumentAsync(next);

        Assert.Equal("51", first.QuerySelector("[data-testid=user-total]")!.TextContent);
        Assert.Equal(50, first.QuerySelectorAll("[data-testid=user]").Length);
        Assert.Single(second.QuerySelectorAll("[data-testid=user]"));
    }

    [Fact]
    public async Task Lock_AfterConfirming_StopsTheLogin_AndUnlockLetsThePersonBackIn()
    {
        var (_, email) = await app.NewCandidateWithBookAsync("cartera.csv", AdminPortal.Book);
        var admin = await app.AdminAsync();
        var list = await admin.GetDocumentAsync($"/Admin/Users?q={Uri.EscapeDataString(email)}");
        var lockPage = list.QuerySelector("[data-testid=lock]")!.GetAttribute("href")!;

        // Opening the confirmation changes nothing.
        await admin.GetDocumentAsync(lockPage);
        using (var stillIn = await app.CreateBrowser().LoginAsync(email))
            Assert.Equal(HttpStatusCode.Redirect, stillIn.StatusCode);

        using var locked = await admin.SubmitAsync(lockPage, new Dictionary<string, string>(), "[data-testid=confirm-lock]");
        var listed = await admin.GetDocumentAsync(locked.Headers.Location!.OriginalString);
        using var refused = await app.CreateBrowser().LoginAsync(email);

        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.Contains("Bloqueado", listed.QuerySelector("[data-testid=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);

        using var unlocked = await admin.SubmitAsync(lockPage, new Dictionary<string, string>(), "[data-testid=confirm-unlock]");
        using var backIn = await app.CreateBrowser().LoginAsync(email);

        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, backIn.StatusCode);
    }

    [Fact]
    public async Task Lock_OwnAccount_IsRefused()
    {
        var admin = await app.AdminAsync();
        var list = await admin.GetDocumentAsync($"/Admin/Users?q={Uri.EscapeDataString(AdminPortal.AdminEmail)}");
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.Email == AdminPortal.AdminEmail).Select(u => u.Id).SingleAsync());
        var lockPage = $"/Admin/Users/Lock?id={id}";
        var confirm = await admin.GetDocumentAsync(lockPage);
        var token = confirm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var refused = await admin.PostAsync(lockPage + "&handler=Lock", content);

        Assert.Null(list.QuerySelector("[data-testid=lock]"));
        Assert.NotNull(confirm.QuerySelector("[data-testid=self]"));
        Assert.Null(confirm.QuerySelector("[data-testid=confirm-lock]"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Users.Where(u => u.Email == AdminPortal.AdminEmail).Select(u => u.LockoutEnd).SingleAsync()));
    }

    [Fact]
    public async Task Lock_UnknownAccount_IsNotFound()
    {
        var admin = await app.AdminAsync();

        using var response = await admin.GetAsync($"/Admin/Users/Lock?id={Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Companies_CountRecruitersOpeningsAndOnlyTheConsentsInForce()
    {
        var name = $"Minera Conteo {Guid.NewGuid():N}"[..24];
        var recruiter = app.CreateBrowser();
        await recruiter.SignUpAndLoginAsync(app, AccountSteps.NewEmail("recruiter"), (c, e) => c.RegisterRecruiterAsync(e, name));
        var (_, first) = await app.NewCandidateWithBookAsync("cartera.csv", AdminPortal.Book);
        var (_, second) = await app.NewCandidateWithBookAsync("cartera.csv", AdminPortal.Book);
        await ShareWithAsync(name, first, revoke: false);
        await ShareWithAsync(name, second, revoke: true);

        var page = await (await app.AdminAsync()).GetDocumentAsync("/Admin/Companies");

        var row = page.QuerySelectorAll("[data-testid=company]").Single(r => r.TextContent.Contains(name, StringComparison.Ordinal));
        Assert.Equal("1", row.QuerySelector("[data-testid=recruiters]")!.TextContent);
        Assert.Equal("2", row.QuerySelector("[data-testid=openings]")!.TextContent);
        Assert.Equal("1", row.QuerySelector("[data-testid=consents]")!.TextContent);
    }

    [Theory]
    [InlineData("/Admin")]
    [InlineData("/Admin/Companies")]
    [InlineData("/Admin/Users")]
    [InlineData("/Admin/Retention")]
    [InlineData("/Admin/Processing")]
    public async Task AdminPages_LinkToNoBookAndNoReport(string path)
    {
        _ = await app.NewCandidateWithBookAsync("cartera.csv", AdminPortal.Book);
        var admin = await app.AdminAsync();

        var page = await admin.GetDocumentAsync(path);

        Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a =>
            a.GetAttribute("href")!.Contains("/Candidate", StringComparison.OrdinalIgnoreCase)
            || a.GetAttribute("href")!.Contains("Report", StringComparison.OrdinalIgnoreCase)
            || a.GetAttribute("href")!.Contains("Book", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Processing_NamesTheControllerAndEveryActivity_InSpanishAndEnglish()
    {
        var admin = await app.AdminAsync();

        var spanish = await admin.GetDocumentAsync("/Admin/Processing");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Admin/Processing");
        request.Headers.Add("Accept-Language", "en");
        using var response = await admin.SendAsync(request);
        var english = await Forms.ParseAsync(response);

        Assert.Contains("PortfolioEval (demo operator)", spanish.QuerySelector("[data-testid=controller]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(8, spanish.QuerySelectorAll("[data-testid=activities] h3").Length);
        Assert.Contains(Retentions(spanish), r => r.Contains("como máximo 90 días", StringComparison.Ordinal));
        Assert.Contains(Retentions(spanish), r => r.Contains("después de 24 meses", StringComparison.Ordinal));
        Assert.Equal("Record of processing activities", english.QuerySelector("h1")!.TextContent);
        Assert.Contains(Retentions(english), r => r.Contains("after 24 months", StringComparison.Ordinal));
        Assert.Contains("AES-256-GCM", english.QuerySelector("[data-testid=activities]")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>What each activity of the record says under "Retention" (Spanish "Conservación").</summary>
    internal static IEnumerable<string> Retentions(AngleSharp.Dom.IDocument record) =>
        record.QuerySelectorAll("[data-testid=activities] li")
            .Where(li => li.QuerySelector("strong")?.TextContent is "Retention:" or "Conservación:")
            .Select(li => li.TextContent);

    /// <summary>The candidate shares their book with the company, for a new opening; revoked at once when asked.</summary>
    private async Task ShareWithAsync(string companyName, string candidateEmail, bool revoke)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PortfolioDbContext>();
        var company = await db.HiringCompanies.SingleAsync(c => c.Name == companyName);
        var candidate = await db.Users.SingleAsync(u => u.Email == candidateEmail);
        var book = await db.ClientBooks.SingleAsync(b => b.CandidateId == candidate.Id);
        var opening = new Opening(company.Id, "Ejecutivo de cuentas", "Lima", DateTimeOffset.UtcNow);
        db.Openings.Add(opening);
        await db.SaveChangesAsync();
        var notice = services.GetRequiredService<ConsentNotices>().Current(new System.Globalization.CultureInfo("es"));
        var grants = services.GetRequiredService<ConsentGrants>();
        var consent = await grants.GrantAsync(candidate, book, company, opening, "Ana", null, notice, CancellationToken.None);
        if (revoke)
            Assert.True(await grants.RevokeAsync(candidate.Id, consent.Id, CancellationToken.None));
    }
}
