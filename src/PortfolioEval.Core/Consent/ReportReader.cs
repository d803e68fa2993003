namespace PortfolioEval.Consent;

/// <summary>Who is asking, as the database knows them now.</summary>
public sealed record ReportReader(IReadOnlyCollection<string> Roles, Guid? CompanyId);
