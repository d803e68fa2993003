using PortfolioEval.Currencies;
using PortfolioEval.Privacy;
using PortfolioEval.Scoring.BookValuation;

namespace PortfolioEval.Scoring;

/// <summary>
/// Runs every rule over one book and gathers the <see cref="ScoreReport"/>. Pure: the as-of date and the exchange
/// rates come in, nothing is read from the clock or the database, and the clients are put in one canonical order
/// first, so the same book in any row order gives the same report. Formulas and their reasons: docs/SCORING.md.
/// </summary>
public static class ScoringEngine
{
    /// <summary>
    /// Bump with any change to a formula, band, threshold or default. Stored reports of an older version stay readable
    /// and are labelled; rescoring makes a report of this version.
    /// </summary>
    public const int Version = 4;

    /// <summary>Scores with the reference rates shipped with the portal (<see cref="RateTable.Reference"/>).</summary>
    public static ScoreReport Score(IEnumerable<PseudonymisedClient> clients, BookFacts facts, DateOnly asOf, ScoringSettings settings, ISectorTaxonomy sectors) =>
        Score(clients, facts, asOf, settings, sectors, RateTable.Reference);

    /// <param name="clients">Read once, in order, each client packed as it comes and then let go: a stream of clients
    /// decoded from storage (<see cref="ClientRecordCodec.Read"/>) is never held as a list.</param>
    /// <param name="clientCount">How many clients a stream holds, when known (the stored book's count): the engine's
    /// array is then made once at its size instead of outgrown (a list's count is read from it).</param>
    public static ScoreReport Score(IEnumerable<PseudonymisedClient> clients, BookFacts facts, DateOnly asOf, ScoringSettings settings, ISectorTaxonomy sectors, RateTable rates,
        int clientCount = 0)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(sectors);
        ArgumentNullException.ThrowIfNull(rates);
        SettingsCheck.ThrowIfInvalid(settings);

        var compact = CompactBook.Read(clients, clientCount);
        // Quality reads the clients as written: an amount in a currency without a rate is still a filled-in value.
        var quality = DataQualityRule.Score(compact, facts, asOf);
        var currencies = CurrencyConversion.Convert(compact.Span, rates, asOf);
        var book = ValuedBook.Of(compact);
        var windows = new RevenueWindows(asOf, book.Currency, rates);
        var signs = SignsRule.Figures(book, RevenueWindows.BySaleDate(book) ? windows : null);
        var activity = ActivityRule.Figures(book, asOf, rates.Find(book.Currency, asOf), rates);
        var freshness = FreshnessRule.Score(book, asOf, settings.FreshnessHalfLifeDays);
        var relevance = SectorRelevanceRule.Score(book, settings.SectorCodes, sectors);
        var dealValue = DealValueRule.Score(book, activity, settings.TargetDealSize, settings.TargetCurrency, rates, asOf);
        var reactivation = ReactivationRule.Find(book, asOf, settings.DormantAfterDays);
        var receivables = ReceivablesRule.Score(book);
        var mean = CompositeRule.Combine(freshness, relevance, dealValue, quality, settings.Weights);

        return FiniteFigures.Checked(new ScoreReport
        {
            ScoringVersion = Version,
            AsOf = asOf,
            Settings = settings,
            Clients = book.Clients.Count,
            Freshness = freshness,
            Relevance = relevance,
            DealValue = dealValue,
            Quality = quality,
            Composite = CompositeRule.Judge(mean, BookJudgement.ReasonsNotToJudge(book, signs), activity, relevance),
            Plausibility = PlausibilityRule.Questions(book),
            Reactivation = reactivation,
            Receivables = receivables,
            Valuation = ValuationRule.Value(book, asOf, settings.FreshnessHalfLifeDays, dealValue.Hhi, windows),
            BookValue = BookValueOfBook.Value(book, asOf, currencies, activity, windows),
            ActionPlan = ActionPlanRule.Plan(book, asOf, reactivation, dealValue, receivables),
            Currencies = currencies with { MainCurrency = book.Currency, MainRate = rates.Find(book.Currency, asOf) },
            Activity = activity,
            Signs = signs,
        });
    }
}
