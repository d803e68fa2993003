using System.Net;
using System.Net.Http.Headers;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Testing;

namespace PortfolioEval.Tests.Hosting;

[Collection(SharedPortal.Name)]
public class LocalizationTests(PortfolioFactory app)
{
    [Fact]
    public async Task NoPreference_SpeaksSpanish()
    {
        var html = await app.CreateClient().GetStringAsync("/Account/Login");

        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("Iniciar sesión", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptLanguageEnglish_SpeaksEnglish()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en-GB"));

        var html = await client.GetStringAsync("/Account/Login");

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Keep me logged in on this device", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChosenLanguage_WinsOverTheBrowsers()
    {
        var client = app.CreateBrowser();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("es-PE"));
        var page = await client.GetDocumentAsync("/Account/Login");

        using var switched = await client.SubmitAsync(page, "/Account/Login", new Dictionary<string, string> { ["culture"] = "en" }, "[data-testid=culture-switcher]");
        var html = await client.GetStringAsync(switched.Headers.Location!.OriginalString);

        Assert.Equal("/Account/Login", switched.Headers.Location!.OriginalString);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidationMessages_AreInThePersonsLanguage()
    {
        var client = app.CreateBrowser();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        using var response = await client.SubmitAsync("/Account/Login", new Dictionary<string, string> { ["Input.Email"] = "not-an-email" });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("This email address is not valid.", html, StringComparison.Ordinal);
        Assert.Contains("The Password field is required.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidationMessages_InSpanish_NameTheFieldInSpanish()
    {
        using var response = await app.CreateBrowser().SubmitAsync("/Account/Login", new Dictionary<string, string> { ["Input.Email"] = "x@example.test" });

        Assert.Contains("El campo Contraseña es obligatorio.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "Aviso de privacidad")]
    [InlineData("en", "Privacy notice")]
    public async Task PrivacyNotice_IsRenderedFromTheRepositoryInEachLanguage(string language, string heading)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));

        var page = await client.GetDocumentAsync("/Privacy");

        Assert.Equal(heading, page.QuerySelector("[data-testid=privacy-notice] h1")!.TextContent);
    }
}
