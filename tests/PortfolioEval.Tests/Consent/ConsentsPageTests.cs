using System.Globalization;
using System.Net;
using PortfolioEval.Consent;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Infrastructure;

namespace PortfolioEval.Tests.Consent;

/// <summary>The candidate's consents: where each stands, revoking in one click, receipts, and who looked.</summary>
[Collection(SharedPortal.Consent)]
public class ConsentsPageTests(PortfolioFactory app)
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es");

    [Fact]
    public async Task Revoke_OneClick_EndsTheConsentAndDeletesTheSharedReport()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var opening = await app.NewOpeningAsync(await app.NewCompanyAsync());
        using var applied = await candidate.Client.ConsentAsync($"/Candidate/Apply/{opening.PublicCode}");
        var consentId = ConsentSteps.GrantedId(applied);

        using var revoked = await candidate.Client.SubmitAsync($"/Candidate/Consents/Revoke/{consentId}", new Dictionary<string, string>(), "form[data-testid=revoke]");

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.NotNull((await app.ConsentAsync(consentId)).RevokedAt);
        Assert.False(await app.HasSharedReportAsync(consentId));
        var page = await candidate.Client.GetDocumentAsync(revoked.Headers.Location!.OriginalString);
        var card = page.QuerySelector($"[data-consent-id='{consentId}']")!;
        Assert.Equal("Revocado", card.QuerySelector("[data-testid=consent-state]")!.TextContent);
        Assert.Null(card.QuerySelector("[data-testid=revoke-link]"));
        Assert.Contains("ya no puede ver tu informe", page.QuerySelector("[data-testid=consent-confirmation]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoke_ThenRecruiterAsks_GetsNothing()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var company = await app.NewCompanyAsync();
        var opening = await app.NewOpeningAsync(company);
        using var applied = await candidate.Client.ConsentAsync($"/Candidate/Apply/{opening.PublicCode}");
        await app.RecruiterOpensAsync(company, candidate.BookId, ReportAccessRequirement.View);

        (await candidate.Client.SubmitAsync($"/Candidate/Consents/Revoke/{ConsentSteps.GrantedId(applied)}", new Dictionary<string, string>(), "form[data-testid=revoke]")).Dispose();

        Assert.Null(await app.RecruiterTriesAsync(company, candidate.BookId));
    }

    [Fact]
    public async Task AnotherCandidatesConsent_ReceiptAndRevoke_AreNotFound()
    {
        var ana = await app.NewCandidateWithBookAsync();
        var bruno = await app.NewCandidateWithBookAsync();
        var opening = await app.NewOpeningAsync(await app.NewCompanyAsync());
        using var applied = await ana.Client.ConsentAsync($"/Candidate/Apply/{opening.PublicCode}");
        var consentId = ConsentSteps.GrantedId(applied);

        using var receipt = await bruno.Client.GetAsync($"/Candidate/Consents/Receipt/{consentId}");
        using var revoke = await bruno.Client.PostWithTokenOfAsync("/Candidate/Share", $"/Candidate/Consents?handler=Revoke&id={consentId}");

        Assert.Equal(HttpStatusCode.NotFound, receipt.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        var consent = await app.ConsentAsync(consentId);
        Assert.Null(consent.RevokedAt);
        Assert.True(await app.HasSharedReportAsync(consentId));
        Assert.Empty((await bruno.Client.GetDocumentAsync("/Candidate/Consents")).QuerySelectorAll("[data-testid=consent]"));
    }

    [Fact]
    public async Task AccessLog_AfterARecruiterLooks_SaysWhoDidWhatHowOftenAndWhen()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var company = await app.NewCompanyAsync();
        var opening = await app.NewOpeningAsync(company);
        using var applied = await candidate.Client.ConsentAsync($"/Candidate/Apply/{opening.PublicCode}");
        var consentId = ConsentSteps.GrantedId(applied);
        var before = await candidate.Client.GetDocumentAsync("/Candidate/Consents");
        Assert.Equal($"{company.Name} no ha abierto tu informe.", before.QuerySelector("[data-testid=access-summary]")!.TextContent.Trim());

        await app.RecruiterOpensAsync(company, candidate.BookId, ReportAccessRequirement.View);
        await app.RecruiterOpensAsync(company, candidate.BookId, ReportAccessRequirement.View);
        await app.RecruiterOpensAsync(company, candidate.BookId, ReportAccessRequirement.View);
        await app.RecruiterOpensAsync(company, candidate.BookId, ReportAccessRequirement.Export);
        var today = DateTimeOffset.Now.ToString("d 'de' MMMM 'de' yyyy", Spanish);

        var page = await candidate.Client.GetDocumentAsync("/Candidate/Consents");
        var card = page.QuerySelector($"[data-consent-id='{consentId}']")!;
        var sentences = card.QuerySelectorAll("[data-testid=access-summary] p").Select(p => p.TextContent).ToList();
        Assert.Equal([$"{company.Name} vio tu informe una vez, el {today}.", $"{company.Name} exportó tu informe una vez, el {today}."], sentences);
        var rows = card.QuerySelectorAll("[data-testid=access-log] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Contains("Rita Reclutadora", r, StringComparison.Ordinal));
        Assert.Single(rows, r => r.Contains("Lo exportó", StringComparison.Ordinal));
        Assert.Single(rows, r => r.Contains("Vio el informe (3 veces)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AccessLog_ManyLooksOnSeparateDays_ShowsTheNewestHere_AndPagesTheRestOnItsOwnPage()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var company = await app.NewCompanyAsync();
        using var applied = await candidate.Client.ConsentAsync($"/Candidate/Apply/{(await app.NewOpeningAsync(company)).PublicCode}");
        var consentId = ConsentSteps.GrantedId(applied);
        var start = DateTimeOffset.UtcNow.AddDays(-30);
        await app.WithDbAsync(async db =>
        {
            // 25 looks a day apart, each of two reloads a minute apart: 25 lines, never 50.
            for (var day = 0; day < 25; day++)
            for (var minute = 0; minute < 2; minute++)
                db.AccessLog.Add(new AccessLogEntry(candidate.Id, company.Id, company.Admin.Id, consentId, candidate.BookId, AccessAction.ViewReport,
                    start.AddDays(day).AddMinutes(minute)));
            return await db.SaveChangesAsync();
        });

        var consents = await candidate.Client.GetDocumentAsync("/Candidate/Consents");
        var card = consents.QuerySelector($"[data-consent-id='{consentId}']")!;
        var firstPage = await candidate.Client.GetDocumentAsync(card.QuerySelector("[data-testid=all-accesses]")!.GetAttribute("href")!);
        var secondPage = await candidate.Client.GetDocumentAsync($"/Candidate/Consents/Access/{consentId}?pageNumber=2");

        Assert.Equal(5, card.QuerySelectorAll("[data-testid=access-line]").Length);
        Assert.Contains("25 veces", card.QuerySelector("[data-testid=access-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(20, firstPage.QuerySelectorAll("[data-testid=access-line]").Length);
        Assert.All(firstPage.QuerySelectorAll("[data-testid=access-line]"), line => Assert.Equal("2", line.GetAttribute("data-count")));
        Assert.Equal(5, secondPage.QuerySelectorAll("[data-testid=access-line]").Length);
        Assert.Equal(["1", "2"], firstPage.QuerySelectorAll("[data-testid=access-pages] a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task AccessLogPage_OfAnotherCandidatesConsent_IsNotFound()
    {
        var ana = await app.NewCandidateWithBookAsync();
        var bruno = await app.NewCandidateWithBookAsync();
        using var applied = await ana.Client.ConsentAsync($"/Candidate/Apply/{(await app.NewOpeningAsync(await app.NewCompanyAsync())).PublicCode}");

        using var response = await bruno.Client.GetAsync($"/Candidate/Consents/Access/{ConsentSteps.GrantedId(applied)}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PrintableReceipt_SaysWhatTheStoredReceiptSays_ForItsOwnerOnly()
    {
        var candidate = await app.NewCandidateWithBookAsync();
        var other = await app.NewCandidateWithBookAsync();
        var company = await app.NewCompanyAsync();
        using var applied = await candidate.Client.ConsentAsync($"/Candidate/Apply/{(await app.NewOpeningAsync(company)).PublicCode}");
        var consentId = ConsentSteps.GrantedId(applied);

        var consents = await candidate.Client.GetDocumentAsync("/Candidate/Consents");
        var page = await candidate.Client.GetDocumentAsync(consents.QuerySelector("[data-testid=receipt-page]")!.GetAttribute("href")!);
        using var foreign = await other.Client.GetAsync($"/Candidate/Consents/PrintableReceipt/{consentId}");

        Assert.Equal(consentId.ToString(), page.QuerySelector("[data-testid=receipt-id]")!.TextContent.Trim());
        Assert.Equal(company.Name, page.QuerySelector("[data-testid=receipt-company]")!.TextContent.Trim());
        Assert.Contains(company.Name, page.QuerySelector("[data-testid=receipt-purpose]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-print]"));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task ConsentsPage_IsLinkedFromTheCandidatesHomeAndMenu()
    {
        var candidate = await app.NewCandidateWithBookAsync();

        var home = await candidate.Client.GetDocumentAsync("/Candidate");

        Assert.NotNull(home.QuerySelector("[data-testid=consents-link] a[href='/Candidate/Consents']"));
        Assert.NotNull(home.QuerySelector("nav a.nav-link[href='/Candidate/Consents']"));
    }
}
