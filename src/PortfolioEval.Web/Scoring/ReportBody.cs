using PortfolioEval.Scoring;

namespace PortfolioEval.Web.Scoring;

/// <summary>
/// What <c>_ReportBody</c> shows: one report, read by the candidate who owns the book or by a hiring company under
/// consent. The same markup for both; only the candidate sees which of their clients are dormant.
/// </summary>
public sealed record ReportBody(ScoreReport Report, bool IsOwnView, IReadOnlyList<int> DormantClientNumbers)
{
    public static ReportBody ForCandidate(ScoreReport report, IReadOnlyList<int> dormantClientNumbers) => new(report, true, dormantClientNumbers);

    /// <summary>A company's view: never a client's number or pseudonym, whatever the report holds.</summary>
    public static ReportBody ForCompany(ScoreReport report) => new(report, false, []);
}
