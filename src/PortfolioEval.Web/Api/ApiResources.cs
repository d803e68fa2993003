using PortfolioEval.Consent;
using PortfolioEval.Recruiting;
using PortfolioEval.Scoring;

namespace PortfolioEval.Web.Api;

/// <summary>An amount and its ISO 4217 currency: the API never sends a number whose currency the reader must guess.</summary>
/// <param name="Currency">Null only when the book's amounts had no currency.</param>
public sealed record Money(decimal Amount, string? Currency);

/// <summary>One page of a list, newest first; <c>nextCursor</c> is null on the last page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>An opening of the company's.</summary>
/// <param name="StateLabel">"Abierta"/"Cerrada" or "Open"/"Closed", by <c>Accept-Language</c>.</param>
public sealed record OpeningResource(Guid Id, string Title, string Location, IReadOnlyList<string> SectorCodes, Money? TargetDealSize,
    bool IsOpen, string StateLabel, DateTimeOffset CreatedAt);

/// <summary>What the company publishes; only the title is required.</summary>
/// <param name="SectorCodes">ISIC Rev.4 codes (any level) a candidate's sector relevance is scored against.</param>
public sealed record NewOpening(string? Title, string? Location, IReadOnlyList<string>? SectorCodes, Money? TargetDealSize);

/// <summary>
/// A candidate's application (one consent to the company): where the consent stands and where the company's shortlist
/// has them. The report is read apart, and only while <c>consentState</c> is <c>InForce</c>.
/// </summary>
public sealed record ApplicationResource(Guid Id, Guid? OpeningId, Guid BookId, string SharedName, DateTimeOffset GrantedAt,
    DateTimeOffset ExpiresAt, ConsentState ConsentState, string ConsentStateLabel, ShortlistStatus Status, string StatusLabel, string Note);

/// <summary>A change to the shortlist: either or both. The note replaces the company's private note (blank clears it).</summary>
public sealed record ShortlistChange(ShortlistStatus? Status, string? Note);

/// <summary>One component of the composite score, with its name in the asked language.</summary>
public sealed record ScoreComponent(string Key, string Label, int? Score);

/// <summary>
/// The report a consent lets the company read: the same redacted snapshot the recruiter pages show (no client names,
/// contacts or rows), with its headline figures first. <c>snapshot</c> is the whole stored report.
/// </summary>
public sealed record ReportResource(Guid ApplicationId, Guid BookId, string SharedName, int ScoringVersion, DateOnly AsOf, int Clients,
    int? CompositeScore, IReadOnlyList<ScoreComponent> Components, Money? ExpectedValue, Money? ValueLow, Money? ValueHigh,
    DateTimeOffset ConsentExpiresAt, ScoreReport Snapshot);

/// <summary>
/// One report as a comparison reads it: the headline figures of <see cref="ReportResource"/> and, under
/// <c>figures</c>, every figure the recruiter's comparison table and charts show. Read the whole report with
/// <c>GET /api/v1/applications/{id}/report</c>.
/// </summary>
public sealed record ComparedReportResource(Guid ApplicationId, Guid BookId, string SharedName, int ScoringVersion, DateOnly AsOf, int Clients,
    int? CompositeScore, IReadOnlyList<ScoreComponent> Components, Money? ExpectedValue, Money? ValueLow, Money? ValueHigh,
    DateTimeOffset ConsentExpiresAt, ComparedFigures Figures);

/// <summary>What the comparison table shows of one report, beyond the headline scores; amounts are null when no client has a value.</summary>
/// <param name="NotEnoughToJudge">True when the book was too small or thin to score as a whole (no composite).</param>
/// <param name="ShareOfValueContactedIn90Days">Share (0–1) of the book's value in clients contacted in the last 90 days.</param>
/// <param name="FreshnessBands">Clients by days since last contact.</param>
/// <param name="SectorShares">Share (0–1) of value by ISIC code ("" for value whose sector was not mapped).</param>
/// <param name="KeyAccountShare">Share (0–1) of clients holding 80% of the value.</param>
/// <param name="ConcentrationIndex">Herfindahl–Hirschman index of the clients' value, 0 to 10,000.</param>
/// <param name="TopFifthShare">Share (0–1) of value the top 20% of clients hold.</param>
/// <param name="WonShare">Share (0–1) of sales with clients the salesperson won; null when the book does not say.</param>
/// <param name="PlausibilityQuestions">The plausibility questions the report asks, by kind.</param>
public sealed record ComparedFigures(bool NotEnoughToJudge, double ShareOfValueContactedIn90Days, IReadOnlyList<BandClients> FreshnessBands,
    IReadOnlyList<SectorValueShare> SectorShares, Money? TotalDealValue, Money? MedianDealValue, int ClientsWithValue, int KeyAccounts,
    double KeyAccountShare, double ConcentrationIndex, ConcentrationBand Concentration, double TopFifthShare, int ReactivationClients,
    Money? ReactivationValue, Money? RevenueExpected, Money? RevenueP10, Money? RevenueP90, double? WonShare,
    IReadOnlyList<PlausibilityKind> PlausibilityQuestions);

/// <summary>Two to six reports side by side, in the order asked for: what each compares, not each whole report.</summary>
public sealed record ComparisonResource(IReadOnlyList<ComparedReportResource> Reports);
