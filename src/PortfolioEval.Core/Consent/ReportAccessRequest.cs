namespace PortfolioEval.Consent;

/// <summary>
/// Everything <see cref="ReportAccess.Decide"/> looks at, as values read from the database on this request. Only the
/// user's id comes from the sign-in cookie; roles and company are read fresh, so removing a recruiter from a company
/// takes effect on the next request, not when the cookie expires.
/// </summary>
/// <param name="UserId">The signed-in user's id; null when anonymous or the account no longer exists.</param>
/// <param name="Roles">The user's roles as stored now (see <see cref="Accounts.Roles"/>).</param>
/// <param name="UserCompanyId">The hiring company the user belongs to, as stored now.</param>
/// <param name="ReportCandidateId">The candidate who owns the book, as stored: never taken from the URL.</param>
/// <param name="Consents">The consents stored for this book; any others are ignored.</param>
public sealed record ReportAccessRequest(
    string? UserId,
    IReadOnlyCollection<string> Roles,
    Guid? UserCompanyId,
    string ReportCandidateId,
    Guid BookId,
    IReadOnlyCollection<ConsentFacts> Consents,
    DateTimeOffset Now);
