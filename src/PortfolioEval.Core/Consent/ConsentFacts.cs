using System.Linq.Expressions;

namespace PortfolioEval.Consent;

/// <summary>
/// What <see cref="ReportAccess"/> needs of one stored consent, as plain values, and all that decides whether it is in
/// force: the web layer reads it straight from the database with <see cref="Projection"/>, so the receipt is never loaded.
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
    /// <summary>The one projection of a stored consent to its facts, for queries: <c>db.Consents.Select(ConsentFacts.Projection)</c>.</summary>
    public static Expression<Func<CandidateConsent, ConsentFacts>> Projection { get; } =
        c => new ConsentFacts(c.Id, c.CandidateId, c.CompanyId, c.BookId, c.ExpiresAt, c.RevokedAt, c.WithdrawnAt);

    private static readonly Func<CandidateConsent, ConsentFacts> Project = Projection.Compile();

    public static ConsentFacts Of(CandidateConsent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        return Project(consent);
    }

    /// <summary>The same rule as <see cref="CandidateConsent.StateAt"/>.</summary>
    public ConsentState StateAt(DateTimeOffset now) => CandidateConsent.StateOf(ExpiresAt, RevokedAt, WithdrawnAt, now);
}
