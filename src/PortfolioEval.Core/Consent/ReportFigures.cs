namespace PortfolioEval.Consent;

/// <summary>
/// What a company's dashboard shows of one shared report: the figures <see cref="SharedReport"/> keeps in the clear,
/// so ranking and filtering never decrypt (nor re-score) anything. Nothing about the candidate but the name they chose.
/// <see cref="Composite"/> is null for a book that was not enough to judge.
/// </summary>
public sealed record ReportFigures(
    Guid ConsentId,
    Guid BookId,
    string SharedName,
    DateOnly AsOf,
    int? Composite,
    int Freshness,
    int? Relevance,
    int DealValue,
    int Quality,
    string? Currency,
    string? Country);
