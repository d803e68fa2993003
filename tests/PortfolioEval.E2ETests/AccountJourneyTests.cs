using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PortfolioEval.E2ETests.Infrastructure;
using PortfolioEval.E2ETests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace PortfolioEval.E2ETests;

public class AccountJourneyTests(Browser browser, KestrelPortal portal) : BrowserTest(browser, portal)
{
    private const string Password = "Cartera2026segura";

    private static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.test";

    [Theory]
    [InlineData("es", "Revisa tu correo", "Mis carteras de clientes")]
    [InlineData("en", "Check your email", "My client books")]
    public Task Candidate_RegistersConfirmsThroughTheOutboxAndSeesTheirHome(string language, string checkEmail, string home) =>
        InBrowserAsync(language, async page =>
        {
            var email = NewEmail("candidate");
            var register = new RegisterPage(page);
            await register.OpenAsync();
            await Expect(register.CompanyFields).ToBeHiddenAsync();

            await register.RegisterCandidateAsync("Ana Torres", email, Password);
            await Expect(new Layout(page).Heading).ToHaveTextAsync(checkEmail);

            // The person opens the email the portal wrote to its outbox and follows the link.
            await page.GotoAsync(Portal.Outbox.LinkIn(email, "/Account/ConfirmEmail").PathAndQuery);
            await Expect(new HomePages(page).EmailConfirmed).ToBeVisibleAsync();

            await new LoginPage(page).LoginAsync(email, Password);
            await Expect(page).ToHaveURLAsync(new Regex("/Candidate$"));
            await Expect(new HomePages(page).CandidateHome).ToHaveTextAsync(home);
            await Expect(new Layout(page).SignedInAs).ToHaveTextAsync(email);
            await SaveScreenshotAsync(page, $"candidate-home-{language}");

            await new LoginPage(page).LogoutAsync();
            await Expect(new Layout(page).SignedInAs).ToHaveCountAsync(0);
        });

    [Theory]
    [InlineData("es", "Vacantes de mi empresa")]
    [InlineData("en", "My company's openings")]
    public Task Recruiter_RegistersWithACompanyAndSeesItsOpenings(string language, string home) =>
        InBrowserAsync(language, async page =>
        {
            var email = NewEmail("recruiter");
            var register = new RegisterPage(page);
            await register.OpenAsync();

            await register.RegisterRecruiterAsync("Martín Quispe", email, Password, "Minera Andina S.A.", "Perú", "Minería");
            await page.GotoAsync(Portal.Outbox.LinkIn(email, "/Account/ConfirmEmail").PathAndQuery);
            await new LoginPage(page).LoginAsync(email, Password);

            await Expect(page).ToHaveURLAsync(new Regex("/Recruiter$"));
            var homes = new HomePages(page);
            await Expect(homes.RecruiterHome).ToHaveTextAsync(home);
            await Expect(homes.CompanyName).ToContainTextAsync("Minera Andina S.A.");
            await Expect(homes.InvitationCode).ToHaveTextAsync(new Regex("^[0-9a-f]{24}$"));
            await SaveScreenshotAsync(page, $"recruiter-home-{language}");
        });

    [Theory]
    [InlineData("es", "Correo o contraseña incorrectos.", "Tu cuenta de PortfolioEval fue bloqueada")]
    [InlineData("en", "Invalid email or password.", "Your PortfolioEval account was locked")]
    public Task WrongPasswordFiveTimes_LocksTheAccount(string language, string error, string lockedSubject) =>
        InBrowserAsync(language, async page =>
        {
            var email = NewEmail("locked");
            var register = new RegisterPage(page);
            await register.OpenAsync();
            await register.RegisterCandidateAsync("Bruno Salas", email, Password);
            await page.GotoAsync(Portal.Outbox.LinkIn(email, "/Account/ConfirmEmail").PathAndQuery);
            var login = new LoginPage(page);

            for (var attempt = 1; attempt <= 5; attempt++)
            {
                await login.LoginAsync(email, $"Wrong-password-{attempt}");
                await Expect(login.Errors).ToContainTextAsync(error);
            }
            await login.LoginAsync(email, Password);

            await Expect(login.Errors).ToContainTextAsync(error);
            await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
            Assert.Equal(lockedSubject, Portal.Outbox.Last(email).Subject);
            await SaveScreenshotAsync(page, $"locked-out-{language}");
        });

    [Fact]
    public Task LanguageSwitch_ChangesThePageAndIsRemembered() =>
        InBrowserAsync("es", async page =>
        {
            await page.GotoAsync("/Account/Login");
            var layout = new Layout(page);
            Assert.Equal("es", await layout.LanguageAsync());

            await layout.SwitchLanguageAsync("en");
            await Expect(layout.Heading).ToHaveTextAsync("Log in");

            var privacy = new PrivacyPages(page);
            await privacy.OpenNoticeAsync();
            await Expect(privacy.NoticeTitle).ToHaveTextAsync("Privacy notice");
        });
}
