namespace PortfolioEval.Consent;

/// <summary>
/// The answer to "may this user see this report now?": allowed (as the owner, or under one consent) or not found.
/// There is no "forbidden": telling a stranger the report exists would already say too much.
/// </summary>
public sealed record ReportAccessDecision
{
    private ReportAccessDecision(bool isAllowed, Guid? consentId, Guid? companyId)
    {
        IsAllowed = isAllowed;
        ConsentId = consentId;
        CompanyId = companyId;
    }

    public static ReportAccessDecision NotFound { get; } = new(false, null, null);

    /// <summary>The candidate reads their own report: no consent involved.</summary>
    public static ReportAccessDecision Owner { get; } = new(true, null, null);

    public static ReportAccessDecision ByConsent(Guid consentId, Guid companyId) => new(true, consentId, companyId);

    public bool IsAllowed { get; }

    /// <summary>The consent that allowed a company's recruiter in; what the access log records.</summary>
    public Guid? ConsentId { get; }

    /// <summary>The company the consent names.</summary>
    public Guid? CompanyId { get; }

    public bool IsOwner => IsAllowed && ConsentId is null;
}
