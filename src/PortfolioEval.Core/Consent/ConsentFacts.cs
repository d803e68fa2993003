namespace PortfolioEval.Consent;

/// <summary>
/// What <see cref="ReportAccess"/> needs of one stored consent, as plain values: the web layer projects it straight
/// from the database (<c>Select(c => ConsentFacts.Of(c))</c> or the same fields), so the receipt is never loaded.
/// </summary>
public sealed record ConsentFacts(
    Guid ConsentId,
    string CandidateId,
    Guid CompanyId,
    Guid BookId,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? WithdrawnAt)
{
    public static ConsentFacts Of(CandidateConsent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        return new(consent.Id, consent.CandidateId, consent.CompanyId, consent.BookId, consent.ExpiresAt, consent.RevokedAt, consent.WithdrawnAt);
    }

    /// <summary>The same rule as <see cref="CandidateConsent.StateAt"/>.</summary>
    public ConsentState StateAt(DateTimeOffset now) => CandidateConsent.StateOf(ExpiresAt, RevokedAt, WithdrawnAt, now);
}
