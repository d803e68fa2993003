using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Scoring;
using PortfolioEval.Tests.Infrastructure;
using PortfolioEval.Testing;
using PortfolioEval.Tests.Recruiting;
using PortfolioEval.Web.Consent;
using PortfolioEval.Web.Currencies;
using PortfolioEval.Web.Scoring;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Tests.Consent;

/// <summary>
/// Sharing reads the stored book once (the report and the book's country from one pass over its records): what the
/// company gets is still the book scored against the opening, and the country its clients give most.
/// </summary>
[Collection(SharedPortal.Consent)]
public class SharedSnapshotTests(PortfolioFactory app)
{
    [Fact]
    public async Task Grant_StoresTheBookScoredForTheOpening_AndTheCountryMostOfItsClientsGive()
    {
        var company = await app.NewCompanyWithCandidatesAsync("Instantánea de Una Lectura", ["Bruno S."], ["demo-bruno.csv"]);
        var consent = company.Consents[0];

        var (expected, country) = await ScoredFromTheListAsync(consent);
        var shared = await app.WithDbAsync(db => db.SharedReports.AsNoTracking().SingleAsync(r => r.ConsentId == consent.Id));

        Assert.Equal("PE", country);
        Assert.Equal(country, shared.Country);
        Assert.Equal(Json(expected), Json(await app.DecryptedReportAsync(consent)));
    }

    [Fact]
    public async Task ShareAgain_StoresTheBookScoredToday_AndKeepsItsCountry()
    {
        var company = await app.NewCompanyWithCandidatesAsync("Instantánea Compartida Otra Vez", ["Bruno S."], ["demo-bruno.csv"]);
        var consent = company.Consents[0];
        // The snapshot and country as a stale share left them, so only sharing again can put them right.
        var first = await app.DecryptedReportAsync(consent);
        await app.WithDbAsync(async db =>
        {
            var stale = await db.SharedReports.SingleAsync(r => r.ConsentId == consent.Id);
            stale.Replace(first, "CL", stale.Ciphertext, stale.ComparisonCiphertext);
            return await db.SaveChangesAsync();
        });
        Assert.Equal("CL", (await app.WithDbAsync(db => db.SharedReports.AsNoTracking().SingleAsync(r => r.ConsentId == consent.Id))).Country);

        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<ConsentGrants>().ShareAgainAsync(consent.CandidateId, consent.Id, CancellationToken.None));

        var (expected, country) = await ScoredFromTheListAsync(consent);
        var shared = await app.WithDbAsync(db => db.SharedReports.AsNoTracking().SingleAsync(r => r.ConsentId == consent.Id));
        Assert.Equal("PE", shared.Country);
        Assert.Equal(country, shared.Country);
        Assert.Equal(Json(expected), Json(await app.DecryptedReportAsync(consent)));
    }

    // As sharing read the book before it streamed it: the whole list of clients, scored, and its country counted apart.
    private async Task<(ScoreReport Report, string? Country)> ScoredFromTheListAsync(CandidateConsent consent)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PortfolioDbContext>();
        var book = await db.ClientBooks.SingleAsync(b => b.Id == consent.BookId);
        var company = await db.HiringCompanies.SingleAsync(c => c.Id == consent.CompanyId);
        var opening = await db.Openings.SingleAsync(o => o.Id == consent.OpeningId);
        var clients = await services.GetRequiredService<CandidateBooks>().ClientsAsync(book, CancellationToken.None);
        var shared = await db.SharedReports.AsNoTracking().SingleAsync(r => r.ConsentId == consent.Id);
        var report = ScoringEngine.Score(clients, BookFacts.Of(book), shared.AsOf, ConsentGrants.SettingsOf(company, opening),
            services.GetRequiredService<ISectorTaxonomy>(),
            await services.GetRequiredService<ExchangeRates>().TableAsync(CancellationToken.None));
        return (SharedReport.Redact(report), BookCountry.Of(clients));
    }

    // Through the stored form, as the company's copy went.
    private static string Json(ScoreReport report) => JsonSerializer.Serialize(ReportJson.Deserialize(ReportJson.Serialize(report)));
}
