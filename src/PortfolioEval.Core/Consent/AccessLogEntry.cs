namespace PortfolioEval.Consent;

/// <summary>What a company did with a candidate's report. Logged for the candidate to see; it holds no client data.</summary>
public enum AccessAction
{
    ViewReport = 1,
    Compare = 2,
    Export = 3,

    /// <summary>A recruiter moved the candidate's application along (shortlisted, rejected...).</summary>
    StatusChange = 4,

    /// <summary>A recruiter wrote to the candidate in the application's message thread.</summary>
    Message = 5,

    /// <summary>
    /// A recruiter saw the report's scores in an opening's ranking, beside the other applicants' (no report opened, no
    /// comparison made: only the candidates a recruiter picks are <see cref="Compare"/>d). Numbered apart from the kinds
    /// other features add next to it.
    /// </summary>
    SeenInRanking = 10,
}

/// <summary>
/// One look at a candidate's report by a recruiter: who, for which company, under which consent, when and what.
/// Written once and never changed: there is no method that alters an entry, and the application offers no way to edit
/// or delete one (only erasing the candidate's account removes them).
/// </summary>
public class AccessLogEntry
{
    // For EF Core.
    private AccessLogEntry() { }

    public AccessLogEntry(string candidateId, Guid companyId, string recruiterId, Guid consentId, Guid bookId, AccessAction action, DateTimeOffset at,
        string? apiKeyName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(candidateId);
        ArgumentException.ThrowIfNullOrWhiteSpace(recruiterId);
        if (companyId == Guid.Empty || consentId == Guid.Empty || bookId == Guid.Empty)
            throw new ArgumentException("An access is always by a company, under a consent, to a book.");
        if (!Enum.IsDefined(action))
            throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown action.");
        Id = Guid.NewGuid();
        CandidateId = candidateId;
        CompanyId = companyId;
        RecruiterId = recruiterId;
        ConsentId = consentId;
        BookId = bookId;
        Action = action;
        At = at.ToUniversalTime();
        ApiKeyName = string.IsNullOrWhiteSpace(apiKeyName) ? null : apiKeyName.Trim();
    }

    /// <summary>
    /// The entry for an access <see cref="ReportAccess.Decide"/> allowed under a consent. The candidate reading their
    /// own report is not logged: the log answers "which company looked".
    /// </summary>
    /// <param name="apiKeyName">The company API key the access came through, by the name the company gave it; null for a page.</param>
    public static AccessLogEntry Of(ReportAccessDecision decision, string candidateId, string recruiterId, Guid bookId, AccessAction action, DateTimeOffset at,
        string? apiKeyName = null)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision is not { IsAllowed: true, ConsentId: { } consentId, CompanyId: { } companyId })
            throw new ArgumentException("Only an access allowed by a consent is logged.", nameof(decision));
        return new AccessLogEntry(candidateId, companyId, recruiterId, consentId, bookId, action, at, apiKeyName);
    }

    public Guid Id { get; private set; }
    public string CandidateId { get; private set; } = "";
    public Guid CompanyId { get; private set; }
    public string RecruiterId { get; private set; } = "";
    public Guid ConsentId { get; private set; }
    public Guid BookId { get; private set; }
    public AccessAction Action { get; private set; }
    public DateTimeOffset At { get; private set; }

    /// <summary>The name of the company's API key the access came through (kept as it was then); null when through the pages.</summary>
    public string? ApiKeyName { get; private set; }
}
