namespace PortfolioEval.Consent;

/// <summary>Where a consent stands at a given moment. Only <see cref="InForce"/> lets a company see the report.</summary>
public enum ConsentState
{
    InForce = 1,

    /// <summary>Its 90 days (or the shorter time the candidate chose) ran out.</summary>
    Expired = 2,

    /// <summary>The candidate revoked it.</summary>
    Revoked = 3,

    /// <summary>The candidate erased the account; the company sees "candidate withdrew" and nothing else.</summary>
    Withdrawn = 4,
}
