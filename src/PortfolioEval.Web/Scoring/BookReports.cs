using Microsoft.EntityFrameworkCore;
using PortfolioEval.Books;
using PortfolioEval.Data;
using PortfolioEval.Privacy;
using PortfolioEval.Scoring;
using PortfolioEval.Web.Currencies;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Scoring;

/// <summary>
/// Scores a book and keeps its report encrypted beside it, under the candidate's key. A report made by an older
/// scoring version stays as it was, readable and labelled with its version, until the candidate rescores the book;
/// the as-of date is the day it was made. Amounts are converted with the admin's rates table.
/// </summary>
public sealed class BookReports(PortfolioDbContext db, CandidateBooks books, CandidateKeys keys, ISectorTaxonomy sectors, ExchangeRates rates, TimeProvider clock)
{
    /// <summary>Scores the book's clients as of today and stores the report; saved with the caller's SaveChanges.</summary>
    /// <param name="clients">Read once, as the engine packs them (<see cref="CandidateBooks.StreamClientsAsync"/>).</param>
    public async Task<ScoreReport> ScoreAsync(ClientBook book, IEnumerable<PseudonymisedClient> clients, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(book);
        var asOf = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var facts = BookFacts.Of(book);
        var table = await rates.TableAsync(cancellation);
        // A large book takes seconds to score: on a thread of its own, not one the requests need.
        var report = await Offload.Run(() => ScoringEngine.Score(clients, facts, asOf, new ScoringSettings(), sectors, table, book.Clients), cancellation);
        var secret = await keys.FindAsync(book.CandidateId, cancellation)
                     ?? throw new InvalidOperationException("The candidate's key is gone; the book cannot be scored.");
        var ciphertext = ChunkedCipher.Encrypt(ReportJson.Serialize(report), secret.DataKey, BookContent.Context(book.Id, BookContentKind.Report));
        var stored = await db.BookContents.SingleOrDefaultAsync(c => c.BookId == book.Id && c.Kind == BookContentKind.Report, cancellation);
        if (stored is not null)
            db.BookContents.Remove(stored);
        db.BookContents.Add(new BookContent(book.Id, BookContentKind.Report, ciphertext));
        book.Scored(report.Composite.Score, report.AsOf, report.ScoringVersion);
        return report;
    }

    /// <summary>
    /// The book scored as of today against other settings (sectors, target deal size): computed on request, not
    /// stored, for a candidate who wants to see how the book reads for a given company.
    /// </summary>
    public async Task<ScoreReport> PreviewAsync(ClientBook book, ScoringSettings settings, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(book);
        var asOf = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return ScoringEngine.Score(await books.StreamClientsAsync(book, cancellation), BookFacts.Of(book), asOf, settings, sectors,
            await rates.TableAsync(cancellation), book.Clients);
    }

    /// <summary>
    /// The stored report, whatever scoring version made it (the page labels an older one); made first only when the
    /// book has none.
    /// </summary>
    public async Task<ScoreReport> ReportAsync(ClientBook book, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(book);
        if (book.ReportVersion is not null && await books.DecryptAsync(book, BookContentKind.Report, cancellation) is { } json)
            return ReportJson.Deserialize(json);
        return await RescoreAsync(book, cancellation);
    }

    /// <summary>
    /// Scores the book again as of today with the current method and rates, replacing the stored report. Reports
    /// already shared with a company are not touched: they change only when the candidate shares again.
    /// </summary>
    public async Task<ScoreReport> RescoreAsync(ClientBook book, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(book);
        var report = await ScoreAsync(book, await books.StreamClientsAsync(book, cancellation), cancellation);
        await db.SaveChangesAsync(cancellation);
        return report;
    }
}
