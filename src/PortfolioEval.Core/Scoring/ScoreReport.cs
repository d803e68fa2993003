using PortfolioEval.Books;
using PortfolioEval.Scoring.BookValuation;

namespace PortfolioEval.Scoring;

/// <summary>
/// Everything the scoring service says about one book on one day, with the figures behind every score, so the report
/// can explain each number. Pure data: stored as JSON with the book and rendered by the web layer in the reader's
/// language. Same book + same as-of date + same settings + same <see cref="ScoringVersion"/> = same report.
/// </summary>
public sealed record ScoreReport
{
    /// <summary>Bumped whenever a formula, band or default changes, so stored reports can be recomputed.</summary>
    public required int ScoringVersion { get; init; }
    public required DateOnly AsOf { get; init; }
    public required ScoringSettings Settings { get; init; }
    public required int Clients { get; init; }

    public required FreshnessScore Freshness { get; init; }
    public required RelevanceScore Relevance { get; init; }
    public required DealValueScore DealValue { get; init; }
    public required QualityScore Quality { get; init; }
    public required CompositeScore Composite { get; init; }

    /// <summary>Questions a recruiter may ask; never part of the composite.</summary>
    public required IReadOnlyList<PlausibilityQuestion> Plausibility { get; init; }
    public required ReactivationPotential Reactivation { get; init; }

    /// <summary>Null when the book has neither balances nor days overdue.</summary>
    public ReceivablesHealth? Receivables { get; init; }
    public required Valuation Valuation { get; init; }

    /// <summary>The valuation from purchase history (docs/SCORING.md); null in reports made before it existed.</summary>
    public BookValue? BookValue { get; init; }
    public required IReadOnlyList<ActionItem> ActionPlan { get; init; }

    /// <summary>The main currency, the rates used and what could not be converted (version 2 on; null in version 1).</summary>
    public CurrencyFigures? Currencies { get; init; }

    /// <summary>Time windows and the recency, frequency and value scales (version 2 on; null in version 1).</summary>
    public ActivityFigures? Activity { get; init; }

    /// <summary>Credit notes and net-negative clients (version 2 on; null in version 1).</summary>
    public SignFigures? Signs { get; init; }
}

/// <summary>What a hiring company or an opening asks of a book. The defaults score a book on its own.</summary>
public sealed record ScoringSettings
{
    /// <summary>ISIC Rev.4 codes (any level) of the company or opening; empty: relevance is not scored.</summary>
    public IReadOnlyList<string> SectorCodes { get; init; } = [];
    public decimal? TargetDealSize { get; init; }
    public string? TargetCurrency { get; init; }

    /// <summary>Days after which a contact counts half as much (the freshness decay).</summary>
    public double FreshnessHalfLifeDays { get; init; } = 180;

    /// <summary>Days without contact after which a client is dormant (reactivation potential).</summary>
    public int DormantAfterDays { get; init; } = 180;

    public CompositeWeights Weights { get; init; } = CompositeWeights.Default;
}

/// <summary>Weights of the composite; they need not sum to 1 (they are normalised over the components present).</summary>
public sealed record CompositeWeights(double Freshness, double Relevance, double DealValue, double Quality)
{
    public static CompositeWeights Default { get; } = new(0.35, 0.25, 0.25, 0.15);
}

public enum FreshnessBand { Days0To30, Days31To90, Days91To180, Days181To365, Over365, NoContactDate }

public sealed record BandFigures(FreshnessBand Band, int Clients, decimal Value);

/// <param name="Score">0-100: the value-weighted mean of each client's decay 0.5^(days/half-life), times 100.</param>
/// <param name="ShareOfValueContactedIn90Days">0-1, of the value in the book's main currency.</param>
/// <param name="StaleButUpdated">Clients updated in the last 90 days but not contacted for more than 180.</param>
public sealed record FreshnessScore(
    int Score,
    IReadOnlyList<BandFigures> Bands,
    double ShareOfValueContactedIn90Days,
    int StaleButUpdated,
    int? MedianDaysSinceContact,
    double HalfLifeDays);

public enum SectorMatchLevel { None, Section, Division, Group, Class }

/// <param name="Code">ISIC code the free text mapped to, or null when unmapped.</param>
/// <param name="Texts">The sector texts of the book that mapped here (as typed).</param>
public sealed record SectorShare(string? Code, IReadOnlyList<string> Texts, int Clients, decimal Value, double ShareOfValue, SectorMatchLevel? Match)
{
    /// <summary>0-1 credit against the chosen sectors (1 within, ½ or ¼ near); null when none are chosen or unmapped.</summary>
    public double? Credit { get; init; }
}

/// <param name="Score">Null until a company or opening has chosen sector codes; then 0-100, value-weighted.</param>
/// <param name="UnmappedShareOfValue">Share of value whose sector could not be mapped: unknown, left out of the score.</param>
public sealed record RelevanceScore(int? Score, IReadOnlyList<SectorShare> SectorMix, double UnmappedShareOfValue)
{
    /// <summary>Share of value (0-1) whose sector is known: what the score rests on. Null in version 1 reports.</summary>
    public double? Coverage { get; init; }
}

public enum ConcentrationBand { Low, Moderate, High }

/// <param name="KeyAccounts">The fewest clients whose value reaches 80% of the total (Pareto).</param>
/// <param name="KeyAccountShare">KeyAccounts / clients with value, 0-1.</param>
/// <param name="Hhi">Herfindahl-Hirschman index on value shares in percent points, 0-10,000.</param>
/// <param name="Pareto">Cumulative share of value (0-1) after the top k clients, k = 1..n; for more than
/// <see cref="DealValueRule.ParetoPoints"/> clients with value, after the top ⌈j·n/200⌉, j = 1..200 (older reports keep
/// every client's point; both read as evenly spaced shares of the clients).</param>
/// <param name="OtherCurrencies">Totals in other currencies, left out of the value score, never converted.</param>
public sealed record DealValueScore(
    int Score,
    string? Currency,
    decimal Total,
    decimal Median,
    int ClientsWithValue,
    IReadOnlyList<ValueBucket> Distribution,
    int KeyAccounts,
    double KeyAccountShare,
    double Hhi,
    ConcentrationBand Concentration,
    IReadOnlyList<double> Pareto,
    double? MedianToTarget,
    IReadOnlyList<CurrencyTotal> OtherCurrencies)
{
    /// <summary>The largest client's share of value, 0-1: flagged above <see cref="ConcentrationBands.TopShareFlagAbove"/>.</summary>
    public double TopShare { get; init; }

    /// <summary>
    /// True when every figure here (total, median, distribution, key accounts, HHI, top share) is over each client's
    /// revenue of the last 12 months, the book's sales being dated (version 4 on); false when over each client's value
    /// as the book gives it: a book of one row per client, and every report made before version 4.
    /// </summary>
    public bool LastTwelveMonths { get; init; }

    /// <summary>Value of the clients contacted in the last 12 months (see <see cref="ActivityFigures"/>).</summary>
    public decimal RecurringRevenue { get; init; }

    public int ActiveClients { get; init; }

    /// <summary>What recurring revenue is measured against: the opening's target deal size × 20, or US$ 200,000.</summary>
    public decimal? RevenueTarget { get; init; }

    public bool RevenueTargetFromOpening { get; init; }

    /// <summary>min(1, recurring revenue / target); null when no target could be set in the main currency.</summary>
    public double? RevenuePart { get; init; }

    /// <summary>min(1, active clients / 20).</summary>
    public double BreadthPart { get; init; }

    /// <summary>min(1, 1,000 / HHI).</summary>
    public double SpreadPart { get; init; }

    public bool TopShareFlagged => TopShare > ConcentrationBands.TopShareFlagAbove;
}

public sealed record ValueBucket(decimal From, decimal? To, int Clients, decimal Value);

public sealed record FieldCompleteness(BookField Field, int Clients, double Share);

/// <param name="DuplicateClients">Clients sharing an email, phone or tax id pseudonym with another client.</param>
/// <param name="DaysSinceBookUpdated">Days from the most recent update date in the book to the as-of date.</param>
public sealed record QualityScore(
    int Score,
    IReadOnlyList<FieldCompleteness> Completeness,
    int DuplicateClients,
    int RowsRead,
    int RowsRejected,
    int? DaysSinceBookUpdated)
{
    /// <summary>Nearly every update date on one day: no credit for recency (version 2 on).</summary>
    public bool BulkUpdated { get; init; }
}

public enum PlausibilityKind { FirstDigitsUnlikeBenford, ManyRoundNumbers, ManyIdenticalDates, AllUpdatedOnOneDay }

/// <param name="Measure">The statistic (e.g. mean absolute deviation of first digits, share of round values).</param>
/// <param name="Threshold">Above it the question is asked.</param>
/// <param name="SampleSize">How many values the statistic rests on.</param>
public sealed record PlausibilityQuestion(PlausibilityKind Kind, double Measure, double Threshold, int SampleSize);

/// <param name="ClientPseudonyms">The dormant high-value clients, for the candidate's own action plan only.</param>
public sealed record ReactivationPotential(int Clients, decimal Value, string? Currency, IReadOnlyList<string> ClientPseudonyms);

public enum AgingBucket { Current, Days1To30, Days31To60, Days61To90, Over90 }

public sealed record AgingFigures(AgingBucket Bucket, int Clients, decimal Outstanding);

public sealed record ReceivablesHealth(IReadOnlyList<AgingFigures> Aging, decimal Outstanding, double OverdueShareOfValue);

/// <summary>
/// Expected annual value = Σ value × P(active), P(active) = 0.5^(days since contact / half-life), times
/// (1 − concentration discount). Low and high use the half-life halved and doubled.
/// </summary>
public sealed record Valuation(string? Currency, decimal Low, decimal Expected, decimal High, decimal GrossValue, double ConcentrationDiscount, double HalfLifeDays);

/// <param name="Score">Weighted mean over the components present (relevance only once sectors are chosen), capped by
/// any gate; null when the book is not enough to judge (version 2 on).</param>
public sealed record CompositeScore(int? Score, IReadOnlyList<WeightedComponent> Components)
{
    /// <summary>The weighted mean before any cap; null when there is no composite.</summary>
    public int? Uncapped { get; init; }

    /// <summary>The gates that applied, in the order checked.</summary>
    public IReadOnlyList<CompositeGate> Gates { get; init; } = [];

    /// <summary>Why the book is not judged, when it is not.</summary>
    public IReadOnlyList<ThinBookReason> NotEnoughToJudge { get; init; } = [];
}

public sealed record WeightedComponent(string Component, int Score, double Weight);

public enum ActionKind { ReactivateDormantKeyClients, UpdateStaleClients, CompleteMissingFields, ReduceConcentration, ChaseOverdueReceivables }

public sealed record ActionItem(ActionKind Kind, int Clients, decimal? Value, string? Currency, double? Share);
