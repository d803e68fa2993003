using Microsoft.EntityFrameworkCore;
using PortfolioEval.Accounts;
using PortfolioEval.Books;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Privacy;
using PortfolioEval.Recruiting;
using PortfolioEval.Scoring;
using PortfolioEval.Web.Books;
using PortfolioEval.Web.Currencies;
using PortfolioEval.Web.Notifications;
using PortfolioEval.Web.Scoring;
using PortfolioEval.Web.Storage;
using PortfolioEval.Web.Webhooks;
using PortfolioEval.Webhooks;

namespace PortfolioEval.Web.Consent;

/// <summary>
/// Giving and taking back consent. Granting scores the book once against what the company or opening asks and stores
/// that report, redacted and encrypted, for the company to read, with what a comparison of candidates reads of it
/// (<see cref="ComparisonRecord"/>, its chart drawn then); revoking ends the consent and deletes both in one save.
/// </summary>
public sealed class ConsentGrants(PortfolioDbContext db, CandidateBooks books, CandidateKeys keys, ISectorTaxonomy sectors, ExchangeRates rates,
    WebhookOutbox webhooks, Notifier notifier, TimeProvider clock)
{
    /// <summary>
    /// Whether the candidate already gave this company (for this opening, or directly when null) a consent for this book
    /// that is still in force: applying twice while the first stands would only duplicate it; after it ends, a new one is welcome.
    /// </summary>
    public async Task<bool> InForceAsync(string candidateId, Guid bookId, Guid companyId, Guid? openingId, CancellationToken cancellation)
    {
        var same = await db.Consents.AsNoTracking()
            .Where(c => c.CandidateId == candidateId && c.BookId == bookId && c.CompanyId == companyId && c.OpeningId == openingId)
            .Select(ConsentFacts.Projection)
            .ToListAsync(cancellation);
        var now = clock.GetUtcNow();
        return same.Any(c => c.StateAt(now) == ConsentState.InForce);
    }

    /// <summary>Grants a consent that gives the company no contact details.</summary>
    public Task<CandidateConsent> GrantAsync(ApplicationUser candidate, ClientBook book, HiringCompany company, Opening? opening,
        string sharedName, TimeSpan? duration, ConsentNotice notice, CancellationToken cancellation) =>
        GrantAsync(candidate, book, company, opening, sharedName, duration, ContactShare.None, notice, cancellation);

    /// <summary>Grants the consent, stores the company's snapshot of the report, then tells the company's recruiters.</summary>
    public async Task<CandidateConsent> GrantAsync(ApplicationUser candidate, ClientBook book, HiringCompany company, Opening? opening,
        string sharedName, TimeSpan? duration, ContactShare contact, ConsentNotice notice, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(company);
        var secret = await keys.FindAsync(candidate.Id, cancellation)
                     ?? throw new InvalidOperationException("The candidate's key is gone; nothing can be shared.");
        var now = clock.GetUtcNow();
        var consent = CandidateConsent.Grant(candidate.Id, book, company, opening, ConsentPurpose.EvaluationForHiring, notice,
            sharedName, Pseudonyms.Of(PseudonymKind.Email, candidate.Email, secret)!, now, duration, contact);

        var (report, country) = await ScoreAsync(book, company, opening, now, cancellation);
        var ciphertext = ChunkedCipher.Encrypt(ReportJson.Serialize(report), secret.DataKey, SharedReport.Context(consent.Id));
        db.Consents.Add(consent);
        db.SharedReports.Add(new SharedReport(consent.Id, report, country, ciphertext, ComparisonRecords.Encrypt(report, secret, consent.Id)));
        // The company's webhooks hear of it in the same save: ids only, the report stays behind the consent gate.
        var subject = new WebhookSubject(consent.Id, consent.OpeningId);
        if (consent.OpeningId is not null)
            await webhooks.AddAsync(company.Id, WebhookEvent.ApplicationReceived, subject, now, cancellation);
        await webhooks.AddAsync(company.Id, WebhookEvent.ConsentGranted, subject, now, cancellation);
        await db.SaveChangesAsync(cancellation);
        await notifier.ApplicationReceivedAsync(consent, cancellation);
        return consent;
    }

    /// <summary>
    /// Shares the book again under a consent in force: scored today, with the current method and rates, against what the
    /// company or opening asks, replacing the snapshot the company reads. False when the candidate has no such consent
    /// in force, or the book is gone. The only way a shared report changes: never behind the candidate's back.
    /// </summary>
    public async Task<bool> ShareAgainAsync(string candidateId, Guid consentId, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var consent = await db.Consents.AsNoTracking().SingleOrDefaultAsync(c => c.Id == consentId && c.CandidateId == candidateId, cancellation);
        if (consent is null || !consent.IsInForce(now))
            return false;
        var book = await db.ClientBooks.SingleOrDefaultAsync(b => b.Id == consent.BookId && b.CandidateId == candidateId, cancellation);
        var shared = await db.SharedReports.FindAsync([consentId], cancellation);
        var company = await db.HiringCompanies.FindAsync([consent.CompanyId], cancellation);
        if (book is null || shared is null || company is null)
            return false;
        var opening = consent.OpeningId is { } openingId ? await db.Openings.FindAsync([openingId], cancellation) : null;
        var secret = await keys.FindAsync(candidateId, cancellation)
                     ?? throw new InvalidOperationException("The candidate's key is gone; nothing can be shared.");

        var (report, country) = await ScoreAsync(book, company, opening, now, cancellation);
        shared.Replace(report, country, ChunkedCipher.Encrypt(ReportJson.Serialize(report), secret.DataKey, SharedReport.Context(consentId)),
            ComparisonRecords.Encrypt(report, secret, consentId));
        await db.SaveChangesAsync(cancellation);
        return true;
    }

    /// <summary>
    /// The company's redacted snapshot of the book scored today, and the book's country, from one pass over its stored
    /// clients: decrypted and decoded as the engine packs them, the countries counted on the way, never held as a list.
    /// </summary>
    private async Task<(ScoreReport Report, string? Country)> ScoreAsync(ClientBook book, HiringCompany company, Opening? opening,
        DateTimeOffset now, CancellationToken cancellation)
    {
        var countries = new BookCountry.Tally();
        var report = ScoringEngine.Score(countries.Counting(await books.StreamClientsAsync(book, cancellation)), BookFacts.Of(book),
            DateOnly.FromDateTime(now.UtcDateTime), SettingsOf(company, opening), sectors, await rates.TableAsync(cancellation), book.Clients);
        return (SharedReport.Redact(report), countries.Country);
    }

    /// <summary>
    /// Ends the candidate's consent now. Returns false when the candidate has no such consent. The shared report is
    /// deleted in the same save, so no request that starts after this returns can read it, whatever it checked first.
    /// </summary>
    public async Task<bool> RevokeAsync(string candidateId, Guid consentId, CancellationToken cancellation)
    {
        var consent = await db.Consents.SingleOrDefaultAsync(c => c.Id == consentId && c.CandidateId == candidateId, cancellation);
        if (consent is null)
            return false;
        var now = clock.GetUtcNow();
        var wasInForce = consent.IsInForce(now);
        consent.Revoke(now);
        if (await db.SharedReports.FindAsync([consentId], cancellation) is { } shared)
            db.SharedReports.Remove(shared);
        if (wasInForce)
            await webhooks.AddAsync(consent.CompanyId, WebhookEvent.ConsentRevoked, new WebhookSubject(consent.Id, consent.OpeningId), now, cancellation);
        await db.SaveChangesAsync(cancellation);
        if (wasInForce)
            await notifier.RevokedAsync(consent, cancellation);
        return true;
    }

    /// <summary>
    /// Keeps a consent in force for another 90 days from now, under the privacy notice shown now, with a new receipt.
    /// False when the candidate has no such consent in force (an ended one is applied for again).
    /// </summary>
    public async Task<bool> RenewAsync(ApplicationUser candidate, Guid consentId, ConsentNotice notice, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var now = clock.GetUtcNow();
        var consent = await db.Consents.SingleOrDefaultAsync(c => c.Id == consentId && c.CandidateId == candidate.Id, cancellation);
        if (consent is null || !consent.IsInForce(now))
            return false;
        var company = await db.HiringCompanies.SingleAsync(c => c.Id == consent.CompanyId, cancellation);
        var opening = consent.OpeningId is { } openingId ? await db.Openings.FindAsync([openingId], cancellation) : null;
        var secret = await keys.FindAsync(candidate.Id, cancellation)
                     ?? throw new InvalidOperationException("The candidate's key is gone; nothing can be shared.");
        consent.Renew(company, opening, notice, Pseudonyms.Of(PseudonymKind.Email, candidate.Email, secret)!, now);
        await db.SaveChangesAsync(cancellation);
        return true;
    }

    /// <summary>What the company or opening asks of a book: an opening's own settings, else the company's sectors.</summary>
    public static ScoringSettings SettingsOf(HiringCompany company, Opening? opening)
    {
        ArgumentNullException.ThrowIfNull(company);
        if (opening is null)
            return new ScoringSettings { SectorCodes = company.SectorCodes };
        return new ScoringSettings
        {
            SectorCodes = opening.SectorCodes.Length > 0 ? opening.SectorCodes : company.SectorCodes,
            TargetDealSize = opening.TargetDealSize,
            TargetCurrency = opening.TargetCurrency,
            Weights = new CompositeWeights(opening.FreshnessWeight, opening.RelevanceWeight, opening.DealValueWeight, opening.QualityWeight),
        };
    }
}
