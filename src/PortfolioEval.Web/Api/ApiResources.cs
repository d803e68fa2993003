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

/// <summary>Two to six reports side by side, in the order asked for.</summary>
public sealed record ComparisonResource(IReadOnlyList<ReportResource> Reports);
