using PortfolioEval.Privacy;
using PortfolioEval.Scoring.BookValuation;

namespace PortfolioEval.Scoring;

/// <summary>
/// Runs every rule over one book and gathers the <see cref="ScoreReport"/>. Pure: the as-of date comes in, nothing
/// is read from the clock or the database, and the clients are put in one canonical order first, so the same book
/// in any row order gives the same report. Formulas and their reasons: docs/SCORING.md.
/// </summary>
public static class ScoringEngine
{
    /// <summary>Bump with any change to a formula, band, threshold or default: stored reports are then made again.</summary>
    public const int Version = 1;

    public static ScoreReport Score(IReadOnlyList<PseudonymisedClient> clients, BookFacts facts, DateOnly asOf, ScoringSettings settings, ISectorTaxonomy sectors)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(sectors);
        SettingsCheck.ThrowIfInvalid(settings);

        var book = ValuedBook.Of(clients);
        var freshness = FreshnessRule.Score(book, asOf, settings.FreshnessHalfLifeDays);
        var relevance = SectorRelevanceRule.Score(book, settings.SectorCodes, sectors);
        var dealValue = DealValueRule.Score(book, settings.TargetDealSize, settings.TargetCurrency);
        var quality = DataQualityRule.Score(book.Clients.Select(c => c.Client).ToList(), facts, asOf);
        var reactivation = ReactivationRule.Find(book, asOf, settings.DormantAfterDays);
        var receivables = ReceivablesRule.Score(book);

        return new ScoreReport
        {
            ScoringVersion = Version,
            AsOf = asOf,
            Settings = settings,
            Clients = book.Clients.Count,
            Freshness = freshness,
            Relevance = relevance,
            DealValue = dealValue,
            Quality = quality,
            Composite = CompositeRule.Combine(freshness, relevance, dealValue, quality, settings.Weights),
            Plausibility = PlausibilityRule.Questions(book),
            Reactivation = reactivation,
            Receivables = receivables,
            Valuation = ValuationRule.Value(book, asOf, settings.FreshnessHalfLifeDays, dealValue.Hhi),
            BookValue = BookValueOfBook.Value(book, asOf),
            ActionPlan = ActionPlanRule.Plan(book, asOf, reactivation, dealValue, receivables),
        };
    }
}
