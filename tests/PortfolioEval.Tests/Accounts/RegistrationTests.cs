using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Accounts;
using PortfolioEval.Data;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Testing;

namespace PortfolioEval.Tests.Accounts;

[Collection(SharedPortal.Name)]
public class RegistrationTests(PortfolioFactory app)
{
    [Fact]
    public async Task Register_Candidate_ConfirmsThroughOutboxAndLandsOnClientBooks()
    {
        var client = app.CreateBrowser();
        var email = AccountSteps.NewEmail("candidate");

        var home = await client.SignUpAndLoginAsync(app, email, (c, e) => c.RegisterCandidateAsync(e));

        Assert.Equal("/Candidate", home);
        var page = await client.GetStringAsync(home);
        Assert.Contains("Mis carteras de clientes", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_ConfirmationEmail_IsInTheOutboxAsAnEmlFile()
    {
        var client = app.CreateBrowser();
        var email = AccountSteps.NewEmail("outbox");

        using var response = await client.RegisterCandidateAsync(email, "Óscar Núñez");

        Assert.Equal("/Account/RegisterConfirmation", response.Headers.Location?.OriginalString);
        var message = app.Outbox.Last(email);
        Assert.Equal("Confirma tu cuenta de PortfolioEval", message.Subject);
        Assert.Contains("Hola, Óscar Núñez:", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_BeforeConfirming_AsksToConfirmTheEmail()
    {
        var client = app.CreateBrowser();
        var email = AccountSteps.NewEmail("unconfirmed");
        (await client.RegisterCandidateAsync(email)).Dispose();

        using var login = await client.LoginAsync(email);

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("email-not-confirmed", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_ExistingEmail_AnswersLikeANewOneAndWarnsTheOwner()
    {
        var email = AccountSteps.NewEmail("taken");
        (await app.CreateBrowser().RegisterCandidateAsync(email, "First Owner")).Dispose();

        using var second = await app.CreateBrowser().RegisterCandidateAsync(email, "Someone Else");

        Assert.Equal("/Account/RegisterConfirmation", second.Headers.Location?.OriginalString);
        Assert.Equal("Alguien intentó registrarse con tu correo", app.Outbox.Last(email).Subject);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
        var owners = await db.Users.Where(u => u.Email == email).Select(u => u.DisplayName).ToListAsync();
        Assert.Equal(["First Owner"], owners);
    }

    [Fact]
    public async Task Register_WeakPassword_ShowsTheRuleInSpanishAndCreatesNothing()
    {
        var email = AccountSteps.NewEmail("weak");
        using var response = await app.CreateBrowser().SubmitAsync("/Account/Register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Débil",
            ["Input.Email"] = email,
            ["Input.Password"] = "solominusculas",
            ["Input.ConfirmPassword"] = "solominusculas",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        // Every broken rule at once, so the person fixes the password in one go.
        Assert.Contains("La contraseña debe contener un dígito (0-9). La contraseña debe contener una letra mayúscula.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Empty(app.Outbox.To(email));
    }

    [Fact]
    public async Task Register_RecruiterWithNewCompany_BecomesItsAdmin()
    {
        var client = app.CreateBrowser();
        var email = AccountSteps.NewEmail("founder");

        var home = await client.SignUpAndLoginAsync(app, email, (c, e) => c.RegisterRecruiterAsync(e, "Minera del Sur S.A."));

        Assert.Equal("/Recruiter", home);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(home));
        Assert.Contains("Minera del Sur S.A.", page, StringComparison.Ordinal);
        Assert.Contains("invitation-code", page, StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email);
        Assert.Equal([Roles.CompanyAdmin, Roles.Recruiter], (await users.GetRolesAsync(user!)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Register_RecruiterWithInvitationCode_JoinsThatCompanyWithoutAdminRights()
    {
        var founder = app.CreateBrowser();
        await founder.SignUpAndLoginAsync(app, AccountSteps.NewEmail("founder"), (c, e) => c.RegisterRecruiterAsync(e, "Agro Norte"));
        var code = (await founder.GetDocumentAsync("/Recruiter")).QuerySelector("[data-testid=invitation-code]")!.TextContent;

        var colleague = app.CreateBrowser();
        var home = await colleague.SignUpAndLoginAsync(app, AccountSteps.NewEmail("colleague"), (c, e) => c.RegisterRecruiterAsync(e, invitationCode: code));

        var page = await colleague.GetDocumentAsync(home);
        Assert.Equal("Agro Norte", page.QuerySelector("[data-testid=company-name]")!.TextContent.Split('·')[0].Trim());
        Assert.Null(page.QuerySelector("[data-testid=invitation]"));
    }

    [Fact]
    public async Task Register_WrongInvitationCode_IsRefusedWithAReason()
    {
        var email = AccountSteps.NewEmail("intruder");

        using var response = await app.CreateBrowser().RegisterRecruiterAsync(email, invitationCode: new string('a', 24));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Este código de invitación no es válido.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(app.Outbox.To(email));
    }

    [Fact]
    public async Task RenewCode_OldCodeStopsWorking()
    {
        var founder = app.CreateBrowser();
        await founder.SignUpAndLoginAsync(app, AccountSteps.NewEmail("founder"), (c, e) => c.RegisterRecruiterAsync(e, "Retail Uno"));
        var team = await founder.GetDocumentAsync("/Recruiter/Team");
        var oldCode = team.QuerySelector("[data-testid=invitation-code]")!.TextContent;

        using var renewed = await founder.SubmitAsync(team, "/Recruiter/Team", new Dictionary<string, string>(), "[data-testid=renew-code]");
        Assert.Equal(HttpStatusCode.Redirect, renewed.StatusCode);

        using var refused = await app.CreateBrowser().RegisterRecruiterAsync(AccountSteps.NewEmail("late"), invitationCode: oldCode);
        Assert.Contains("Este código de invitación no es válido.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
