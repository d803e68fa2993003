using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Data;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Consent;

/// <summary>Applying to an opening from its public link: the consent form, what it refuses, and what it grants.</summary>
[Collection(SharedPortal.Consent)]
public class ApplyTests(PortfolioFactory app)
{
    [Fact]
    public async Task ApplyPage_NamesCompanyOpeningAndNoticeVersion_WithTheBoxUnticked()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var company = await app.NewCompanyAsync();
        var opening = await app.NewOpeningAsync(company, "Ejecutivo de cuentas clave");

        var page = await candidate.Client.GetDocumentAsync($"/Candidate/Apply/{opening.PublicCode}");

        Assert.Contains("Ejecutivo de cuentas clave", page.QuerySelector("[data-testid=opening]")!.TextContent, StringComparison.Ordinal);
        var statement = page.QuerySelector("[data-testid=consent-statement]")!.TextContent;
        Assert.Contains(company.Name, statement, StringComparison.Ordinal);
        Assert.Contains("Evaluación para contratación", statement, StringComparison.Ordinal);
        Assert.Contains("Nunca los nombres, contactos ni filas de tus clientes", statement, StringComparison.Ordinal);
        var notice = page.QuerySelector("[data-testid=consent-notice]")!;
        Assert.Equal("Versión 7", notice.TextContent);
        Assert.EndsWith("/Privacy?version=7", notice.GetAttribute("href"), StringComparison.Ordinal);
        Assert.False(page.QuerySelector("input[name='Input.Agree']")!.HasAttribute("checked"));
        Assert.Equal("Ana Prueba", page.QuerySelector("input[name='Input.SharedName']")!.GetAttribute("value"));
        Assert.Equal("90", page.QuerySelector("input[name='Input.Days']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Apply_GrantsTheConsentForTheChosenDays_AndItsReceiptDownloads()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var company = await app.NewCompanyAsync();
        var opening = await app.NewOpeningAsync(company);

        using var applied = await candidate.Client.ConsentAsync($"/Candidate/Apply/{opening.PublicCode}",
            new Dictionary<string, string> { ["Input.Days"] = "30", ["Input.SharedName"] = "Ana T." });

        var consent = await app.ConsentAsync(ConsentSteps.GrantedId(applied));
        Assert.Equal(candidate.Id, consent.CandidateId);
        Assert.Equal((company.Id, opening.Id, candidate.BookId), (consent.CompanyId, consent.OpeningId, consent.BookId));
        Assert.Equal("Ana T.", consent.SharedName);
        Assert.Equal(consent.GrantedAt.AddDays(30), consent.ExpiresAt);
        Assert.True(await app.HasSharedReportAsync(consent.Id));

        var confirmation = await candidate.Client.GetDocumentAsync(applied.Headers.Location!.OriginalString);
        Assert.Contains(company.Name, confirmation.QuerySelector("[data-testid=consent-confirmation]")!.TextContent, StringComparison.Ordinal);

        using var receipt = await candidate.Client.GetAsync($"/Candidate/Consents/Receipt/{consent.Id}");
        Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        Assert.Equal("application/json", receipt.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", receipt.Content.Headers.ContentDisposition?.DispositionType);
        using var json = JsonDocument.Parse(await receipt.Content.ReadAsStringAsync());
        Assert.Equal("KI-CR-v1.1.0", json.RootElement.GetProperty("version").GetString());
        Assert.Equal(consent.Id.ToString(), json.RootElement.GetProperty("consentReceiptID").GetString());
        var purpose = json.RootElement.GetProperty("services")[0].GetProperty("purposes")[0];
        Assert.Equal(company.Name, purpose.GetProperty("thirdPartyName").GetString());
    }

    [Fact]
    public async Task Apply_BoxUnticked_IsRefusedAndGrantsNothing()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var opening = await app.NewOpeningAsync(await app.NewCompanyAsync());

        using var refused = await candidate.Client.ConsentAsync($"/Candidate/Apply/{opening.PublicCode}",
            new Dictionary<string, string> { ["Input.Agree"] = "false" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Forms.ParseAsync(refused);
        Assert.Contains("Marca la casilla", page.QuerySelector("[data-valmsg-for='Input.Agree']")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await app.ConsentsOfAsync(candidate.Id));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("91")]
    public async Task Apply_DurationOutsideOneToNinetyDays_IsRefused(string days)
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var opening = await app.NewOpeningAsync(await app.NewCompanyAsync());

        using var refused = await candidate.Client.ConsentAsync($"/Candidate/Apply/{opening.PublicCode}",
            new Dictionary<string, string> { ["Input.Days"] = days });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await Forms.ParseAsync(refused);
        Assert.Equal("La duración debe estar entre 1 y 90 días.", page.QuerySelector("[data-valmsg-for='Input.Days']")!.TextContent);
        Assert.Empty(await app.ConsentsOfAsync(candidate.Id));
    }

    [Fact]
    public async Task Apply_ClosedOrUnknownOpening_IsNotFound()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var closed = await app.NewOpeningAsync(await app.NewCompanyAsync(), open: false);

        using var closedPage = await candidate.Client.GetAsync($"/Candidate/Apply/{closed.PublicCode}");
        using var unknownPage = await candidate.Client.GetAsync("/Candidate/Apply/0123456789abcdef");

        Assert.Equal(HttpStatusCode.NotFound, closedPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownPage.StatusCode);
    }

    [Fact]
    public async Task Apply_OpeningClosedAfterThePageOpened_IsNotFoundAndGrantsNothing()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var opening = await app.NewOpeningAsync(await app.NewCompanyAsync());
        var url = $"/Candidate/Apply/{opening.PublicCode}";
        var page = await candidate.Client.GetDocumentAsync(url);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
            (await db.Openings.FindAsync(opening.Id))!.Close();
            await db.SaveChangesAsync();
        }

        using var refused = await candidate.Client.SubmitAsync(page, url, new Dictionary<string, string> { ["Input.Agree"] = "true" }, "[data-testid=consent-form]");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Empty(await app.ConsentsOfAsync(candidate.Id));
    }

    [Fact]
    public async Task Apply_UnscoredOrAnotherCandidatesBook_IsRefused()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var other = await app.NewCandidateWithBookAsync();
        var opening = await app.NewOpeningAsync(await app.NewCompanyAsync());
        var unscored = Consent.ConsentWorld.UnscoredBook(candidate.Id);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortfolioDbContext>();
            db.ClientBooks.Add(unscored);
            await db.SaveChangesAsync();
        }

        foreach (var bookId in new[] { unscored.Id, other.BookId })
        {
            using var refused = await candidate.Client.ConsentAsync($"/Candidate/Apply/{opening.PublicCode}",
                new Dictionary<string, string> { ["Input.BookId"] = bookId.ToString() });

            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var page = await Forms.ParseAsync(refused);
            Assert.Contains("cartera", page.QuerySelector("[data-valmsg-for='Input.BookId']")!.TextContent, StringComparison.Ordinal);
        }
        Assert.Empty(await app.ConsentsOfAsync(candidate.Id));
    }

    [Fact]
    public async Task Apply_SameBookToTheSameOpeningWhileInForce_IsRefusedNotDuplicated()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var opening = await app.NewOpeningAsync(await app.NewCompanyAsync());
        var url = $"/Candidate/Apply/{opening.PublicCode}";
        (await candidate.Client.ConsentAsync(url)).Dispose();

        using var again = await candidate.Client.ConsentAsync(url);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        var page = await Forms.ParseAsync(again);
        Assert.Contains("Ya postulaste a esta vacante", page.QuerySelector("[data-valmsg-for='Input.BookId']")!.TextContent, StringComparison.Ordinal);
        Assert.Single(await app.ConsentsOfAsync(candidate.Id));
    }

    [Fact]
    public async Task Apply_AgainAfterRevoking_GrantsANewConsent()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var opening = await app.NewOpeningAsync(await app.NewCompanyAsync());
        var url = $"/Candidate/Apply/{opening.PublicCode}";
        using var first = await candidate.Client.ConsentAsync(url);
        (await candidate.Client.SubmitAsync($"/Candidate/Consents/Revoke/{ConsentSteps.GrantedId(first)}", new Dictionary<string, string>(), "form[data-testid=revoke]")).Dispose();

        using var again = await candidate.Client.ConsentAsync(url);

        Assert.NotEqual(ConsentSteps.GrantedId(first), ConsentSteps.GrantedId(again));
        Assert.Equal(2, (await app.ConsentsOfAsync(candidate.Id)).Count);
    }

    [Fact]
    public async Task ApplyLink_SignedOut_LeadsToTheLoginAndBack()
    {
        var opening = await app.NewOpeningAsync(await app.NewCompanyAsync());
        using var client = app.CreateBrowser();

        using var response = await client.GetAsync($"/Candidate/Apply/{opening.PublicCode}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("http://localhost/Account/Login", location, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString($"/Candidate/Apply/{opening.PublicCode}"), location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyPage_WithoutAScoredBook_LinksToTheUpload()
    {
        var client = app.CreateBrowser();
        await client.SignUpAndLoginAsync(app, AccountSteps.NewEmail("candidate"), (c, e) => c.RegisterCandidateAsync(e));
        var opening = await app.NewOpeningAsync(await app.NewCompanyAsync());

        var page = await client.GetDocumentAsync($"/Candidate/Apply/{opening.PublicCode}");

        Assert.NotNull(page.QuerySelector("[data-testid=no-scored-book] a[href='/Candidate/Books/Upload']"));
        Assert.Null(page.QuerySelector("[data-testid=consent-form]"));
    }
}
