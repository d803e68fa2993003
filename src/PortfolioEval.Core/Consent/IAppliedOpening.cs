namespace PortfolioEval.Consent;

/// <summary>
/// What a consent needs to know of the opening a candidate applies to: which one, whose, its title for the receipt,
/// and whether it still takes applications. A recruiting <c>Opening</c> is one; Consent asks no more of it, so
/// Recruiting uses Consent and never the other way round.
/// </summary>
public interface IAppliedOpening
{
    Guid Id { get; }

    Guid CompanyId { get; }

    string Title { get; }

    bool IsOpen { get; }

    /// <summary>The last day (UTC) it takes applications; null when the company set none.</summary>
    DateOnly? ClosesOn { get; }
}
