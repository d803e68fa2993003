using PortfolioEval.Accounts;

namespace PortfolioEval.Consent;

/// <summary>
/// The one place that answers "may this user see this report now?". Pure: it is given what the database holds and the
/// time, and the web layer's one gate (<c>CompanyReports</c>) gathers both on every request.
/// </summary>
public static class ReportAccess
{
    /// <summary>
    /// <list type="bullet">
    /// <item>The candidate who owns the book: always.</item>
    /// <item>A recruiter or company admin of company X: only while a consent for this very book, to X, is in force.</item>
    /// <item>Admins: never, unless one of the rules above lets them in. Admins manage accounts and companies, not
    /// books; a report is disclosed only to a company the candidate named, and the privacy notice promises no one
    /// else sees it. Erasing a book or an account never needs its report read.</item>
    /// <item>Anyone else, anonymous included: not found.</item>
    /// </list>
    /// </summary>
    public static ReportAccessDecision Decide(ReportAccessRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(request.UserId) || string.IsNullOrEmpty(request.ReportCandidateId))
            return ReportAccessDecision.NotFound;

        if (string.Equals(request.UserId, request.ReportCandidateId, StringComparison.Ordinal))
            return ReportAccessDecision.Owner;

        if (request.UserCompanyId is not { } companyId || !ActsForACompany(request.Roles))
            return ReportAccessDecision.NotFound;

        // Every field is checked again, even if the caller loaded only this book's consents: a consent for another book
        // of the same candidate must never open this one. When two are in force (an application and a direct share),
        // the one lasting longest is named, so the choice does not depend on the order the database returned them in.
        var consent = request.Consents
            .Where(c => c.CompanyId == companyId
                && c.BookId == request.BookId
                && string.Equals(c.CandidateId, request.ReportCandidateId, StringComparison.Ordinal)
                && c.StateAt(request.Now) == ConsentState.InForce)
            .OrderByDescending(c => c.ExpiresAt)
            .ThenBy(c => c.ConsentId)
            .FirstOrDefault();
        return consent is null ? ReportAccessDecision.NotFound : ReportAccessDecision.ByConsent(consent.ConsentId, companyId);
    }

    // A company admin is also a recruiter (see Roles); the company id alone is not enough, the role must still be held.
    private static bool ActsForACompany(IReadOnlyCollection<string> roles) =>
        roles.Contains(Roles.Recruiter, StringComparer.Ordinal) || roles.Contains(Roles.CompanyAdmin, StringComparer.Ordinal);
}
