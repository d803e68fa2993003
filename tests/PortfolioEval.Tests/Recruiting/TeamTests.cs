using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Accounts;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Recruiting;

[Collection(SharedPortal.Recruiting)]
public class TeamTests(PortfolioFactory app)
{
    [Fact]
    public async Task InvitationLink_OpensRegistrationReadyToJoin_AndTheColleagueJoins()
    {
        var admin = await app.NewCompanyAdminAsync("Ferretería Central");
        var team = await admin.Client.GetDocumentAsync("/Recruiter/Team");
        var link = new Uri(((IHtmlInputElement)team.QuerySelector("[data-testid=invitation-link]")!).Value);
        var code = team.QuerySelector("[data-testid=invitation-code]")!.TextContent;

        var colleague = app.CreateBrowser();
        var form = await colleague.GetDocumentAsync(link.PathAndQuery);
        var home = await colleague.SignUpAndLoginAsync(app, AccountSteps.NewEmail("invited"), (c, email) => c.SubmitAsync(link.PathAndQuery, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Iván Invitado",
            ["Input.Email"] = email,
            ["Input.Password"] = AccountSteps.Password,
            ["Input.ConfirmPassword"] = AccountSteps.Password,
        }));

        Assert.True(link.IsAbsoluteUri);
        Assert.Equal("/Account/Register", link.AbsolutePath);
        Assert.True(((IHtmlInputElement)form.QuerySelector("#role-recruiter")!).IsChecked);
        Assert.True(((IHtmlInputElement)form.QuerySelector("#company-join")!).IsChecked);
        Assert.Equal(code, ((IHtmlInputElement)form.QuerySelector("input[name='Input.InvitationCode']")!).Value);
        Assert.Equal("/Recruiter", home);
        var page = await colleague.GetDocumentAsync(home);
        Assert.StartsWith("Ferretería Central", page.QuerySelector("[data-testid=company-name]")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovedRecruiter_IsSignedOutAtTheNextRequest_AndAfterLoggingInAgainSeesNoCompanyData()
    {
        var admin = await app.NewCompanyAdminAsync("Textiles del Valle");
        var colleague = await app.NewColleagueAsync(admin);
        var candidate = await app.NewCandidateWithBookAsync();
        await app.GrantAsync(candidate, admin, "Ana T.");
        using (var before = await colleague.Client.GetAsync($"/Recruiter/Reports/{candidate.BookId}"))
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        // The founder is the company's only admin, so the colleague's is the one removal form on the page.
        using var removed = await admin.Client.SubmitAsync("/Recruiter/Team", new Dictionary<string, string>(), "[data-testid=remove-member]");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        // The removal renewed the security stamp, which is checked on every request: the session they held is over.
        using (var next = await colleague.Client.GetAsync("/Recruiter"))
            Assert.StartsWith("http://localhost/Account/Login", next.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using (var login = await colleague.Client.LoginAsync(colleague.Email))
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        foreach (var page in new[] { "/Recruiter", "/Recruiter/Openings", "/Recruiter/Candidates", "/Recruiter/Openings/Edit" })
        {
            using var response = await colleague.Client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Recruiter/Join", response.Headers.Location?.OriginalString);
        }
        using (var report = await colleague.Client.GetAsync($"/Recruiter/Reports/{candidate.BookId}"))
            Assert.Equal(HttpStatusCode.NotFound, report.StatusCode);
        var join = await colleague.Client.GetDocumentAsync("/Recruiter/Join");
        Assert.NotNull(join.QuerySelector("[data-testid=no-company]"));
        Assert.DoesNotContain("Textiles del Valle", join.DocumentElement.OuterHtml, StringComparison.Ordinal);
        var members = (await admin.Client.GetDocumentAsync("/Recruiter/Team")).QuerySelectorAll("[data-testid=member]");
        Assert.Single(members);
    }

    [Fact]
    public async Task Removal_DropsTheCompanyAndRenewsTheSecurityStamp()
    {
        var admin = await app.NewCompanyAdminAsync("Lácteos Sur");
        var colleague = await app.NewColleagueAsync(admin);
        var colleagueId = colleague.Id;
        string stampBefore;
        await using (var scope = app.Services.CreateAsyncScope())
            stampBefore = (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(colleagueId))!.SecurityStamp!;

        using var removed = await admin.Client.PostWithTokenAsync("/Recruiter/Team?handler=Remove", new Dictionary<string, string> { ["recruiterId"] = colleagueId });

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        await using var after = app.Services.CreateAsyncScope();
        var users = after.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(colleagueId);
        Assert.Null(user!.HiringCompanyId);
        Assert.NotEqual(stampBefore, user.SecurityStamp);
        Assert.Equal([Roles.Recruiter], await users.GetRolesAsync(user));
    }

    [Fact]
    public async Task LastCompanyAdmin_CannotBeRemoved_NotEvenByThemselves()
    {
        var admin = await app.NewCompanyAdminAsync("Maderas Unidas");
        await app.NewColleagueAsync(admin);
        var adminId = admin.Id;

        using var refused = await admin.Client.PostWithTokenAsync("/Recruiter/Team?handler=Remove", new Dictionary<string, string> { ["recruiterId"] = adminId });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("no se puede retirar al último", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(adminId);
        Assert.NotNull(user!.HiringCompanyId);
        Assert.True(await users.IsInRoleAsync(user, Roles.CompanyAdmin));
        using var team = await admin.Client.GetAsync("/Recruiter/Team");
        Assert.Equal(HttpStatusCode.OK, team.StatusCode);
    }

    [Fact]
    public async Task RecruiterWhoIsNotCompanyAdmin_IsForbiddenEveryTeamAction()
    {
        var admin = await app.NewCompanyAdminAsync("Vidrios Andinos");
        var colleague = await app.NewColleagueAsync(admin);
        var adminId = admin.Id;

        using var team = await colleague.Client.GetAsync("/Recruiter/Team");
        using var remove = await colleague.Client.PostWithTokenAsync("/Recruiter/Team?handler=Remove", new Dictionary<string, string> { ["recruiterId"] = adminId });
        using var renew = await colleague.Client.PostWithTokenAsync("/Recruiter/Team?handler=RenewCode", new Dictionary<string, string>());
        using var rename = await colleague.Client.PostWithTokenAsync("/Recruiter/Company?handler=Details", new Dictionary<string, string> { ["Details.Name"] = "Tomada", ["Details.Country"] = "Perú" });

        Assert.Equal(HttpStatusCode.Forbidden, team.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, remove.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, renew.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, rename.StatusCode);
        Assert.Equal(2, (await admin.Client.GetDocumentAsync("/Recruiter/Team")).QuerySelectorAll("[data-testid=member]").Length);
        Assert.Contains("Vidrios Andinos", (await admin.Client.GetDocumentAsync("/Recruiter")).QuerySelector("[data-testid=company-name]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecruiterWithNoCompany_JoinsOneWithItsInvitationCode()
    {
        var admin = await app.NewCompanyAdminAsync("Plásticos Norte");
        var colleague = await app.NewColleagueAsync(admin);
        using (var removed = await admin.Client.PostWithTokenAsync("/Recruiter/Team?handler=Remove", new Dictionary<string, string> { ["recruiterId"] = colleague.Id }))
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        using (var login = await colleague.Client.LoginAsync(colleague.Email))
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var other = await app.NewCompanyAdminAsync("Químicos Pacífico");
        var code = (await other.Client.GetDocumentAsync("/Recruiter/Team")).QuerySelector("[data-testid=invitation-code]")!.TextContent;

        using var wrong = await colleague.Client.SubmitAsync("/Recruiter/Join", new Dictionary<string, string> { ["Invite"] = new string('0', 24) });
        using var joined = await colleague.Client.SubmitAsync("/Recruiter/Join", new Dictionary<string, string> { ["Invite"] = code });

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Este código de invitación no es válido.", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        var home = await colleague.Client.GetDocumentAsync("/Recruiter");
        Assert.StartsWith("Químicos Pacífico", home.QuerySelector("[data-testid=company-name]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(home.QuerySelector("[data-testid=invitation]"));
    }

    [Fact]
    public async Task CompanyAdmin_RenamesTheCompany_AndAnEmptyNameIsRefusedByName()
    {
        var admin = await app.NewCompanyAdminAsync("Servicios Lima");

        using var empty = await admin.Client.SubmitAsync("/Recruiter/Company", new Dictionary<string, string> { ["Details.Name"] = " ", ["Details.Country"] = "Chile" },
            "[data-testid=company-details]");
        using var renamed = await admin.Client.SubmitAsync("/Recruiter/Company", new Dictionary<string, string> { ["Details.Name"] = "Servicios Santiago SpA", ["Details.Country"] = "Chile" },
            "[data-testid=company-details]");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("El campo Nombre de la empresa es obligatorio.", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var shown = (await admin.Client.GetDocumentAsync("/Recruiter")).QuerySelector("[data-testid=company-name]")!.TextContent;
        Assert.Contains("Servicios Santiago SpA · Chile", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompanyAdmin_NameLongerThanAllowed_IsRefused()
    {
        var admin = await app.NewCompanyAdminAsync("Servicios Cusco");

        using var tooLong = await admin.Client.SubmitAsync("/Recruiter/Company", new Dictionary<string, string>
        {
            ["Details.Name"] = new('x', HiringCompany.NameMaxLength + 1),
            ["Details.Country"] = "Perú",
        }, "[data-testid=company-details]");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Contains($"El campo Nombre de la empresa debe tener como máximo {HiringCompany.NameMaxLength} caracteres.",
            WebUtility.HtmlDecode(await tooLong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
