using PortfolioEval.Consent;

namespace PortfolioEval.Messaging;

/// <summary>
/// One message in an application's thread (one consent): from the candidate to the company's recruiters, or from one of
/// them to the candidate. Written once, never edited; erased with the candidate's account.
/// </summary>
public class ApplicationMessage
{
    public const int BodyMaxLength = 4000;

    // For EF Core.
    private ApplicationMessage() { }

    private ApplicationMessage(CandidateConsent consent, string authorId, bool fromCandidate, string body, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(consent);
        ArgumentException.ThrowIfNullOrWhiteSpace(authorId);
        var text = BodyOf(body);
        if (text.Length == 0)
            throw new ArgumentException("A message says something.", nameof(body));
        if (text.Length > BodyMaxLength)
            throw new ArgumentException($"A message has at most {BodyMaxLength} characters.", nameof(body));
        Id = Guid.NewGuid();
        ConsentId = consent.Id;
        CompanyId = consent.CompanyId;
        CandidateId = consent.CandidateId;
        AuthorId = authorId;
        FromCandidate = fromCandidate;
        Body = text;
        SentAt = now.ToUniversalTime();
    }

    /// <summary>The candidate writes to the company: only about their own application.</summary>
    public static ApplicationMessage FromTheCandidate(CandidateConsent consent, string body, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(consent);
        return new ApplicationMessage(consent, consent.CandidateId, fromCandidate: true, body, now);
    }

    /// <summary>A recruiter of the company writes to the candidate (the caller has checked the consent lets them).</summary>
    public static ApplicationMessage FromARecruiter(CandidateConsent consent, string recruiterId, string body, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(consent);
        if (string.Equals(recruiterId, consent.CandidateId, StringComparison.Ordinal))
            throw new ArgumentException("The candidate writes as the candidate.", nameof(recruiterId));
        return new ApplicationMessage(consent, recruiterId, fromCandidate: false, body, now);
    }

    /// <summary>The text as stored: trimmed, with one kind of line break.</summary>
    public static string BodyOf(string? text) => text?.ReplaceLineEndings("\n").Trim() ?? "";

    public Guid Id { get; private set; }
    public Guid ConsentId { get; private set; }
    public Guid CompanyId { get; private set; }
    public string CandidateId { get; private set; } = "";

    /// <summary>The candidate's or the recruiter's account id (an id, not a key: a recruiter may leave the portal).</summary>
    public string AuthorId { get; private set; } = "";
    public bool FromCandidate { get; private set; }
    public string Body { get; private set; } = "";
    public DateTimeOffset SentAt { get; private set; }
}
