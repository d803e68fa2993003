using PortfolioEval.Privacy;
using PortfolioEval.Scoring;

namespace PortfolioEval.Web.Scoring;

/// <summary>
/// What <c>_ReportBody</c> shows: one report, read by the candidate who owns the book or by a hiring company under
/// consent. The same markup for both; only the candidate sees which of their clients are dormant.
/// </summary>
public sealed record ReportBody(ScoreReport Report, bool IsOwnView, IReadOnlyList<LabelledClient> DormantClients)
{
    public static ReportBody ForCandidate(ScoreReport report, IReadOnlyList<LabelledClient> dormantClients) => new(report, true, dormantClients);

    /// <summary>A company's view: never a client's number, name or pseudonym, whatever the report holds.</summary>
    public static ReportBody ForCompany(ScoreReport report) => new(report, false, []);
}

/// <summary>
/// One of the candidate's clients as their own pages name it: its number ("Cliente 009"), and who it is
/// (<see cref="ClientIdentity"/>) when the candidate asked to see names and the label has them.
/// </summary>
public sealed record LabelledClient(int Number, ClientIdentity? Identity);
