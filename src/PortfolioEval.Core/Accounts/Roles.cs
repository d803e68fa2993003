namespace PortfolioEval.Accounts;

/// <summary>The roles a person can hold. A company admin is also a recruiter.</summary>
public static class Roles
{
    public const string Candidate = "Candidate";
    public const string Recruiter = "Recruiter";
    public const string CompanyAdmin = "CompanyAdmin";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Candidate, Recruiter, CompanyAdmin, Admin];
}
