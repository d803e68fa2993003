using Microsoft.Extensions.Localization;
using PortfolioEval.Consent;

namespace PortfolioEval.Web.Pages.Candidate.Consents;

/// <summary>
/// How the candidate's pages tell one kind of access: what the recruiter did (a line of the log), and the sentence for
/// one look or for many. A new <see cref="AccessAction"/> is one more row here (a test fails until it has one), and the
/// kinds are told in this order.
/// </summary>
/// <param name="Did">"Viewed the report".</param>
/// <param name="Once">The company and the day: "… viewed your report once, on 4 June 2026."</param>
/// <param name="Many">The company, how many times and the last day.</param>
public sealed record AccessKind(
    AccessAction Action,
    Func<IStringLocalizer, string> Did,
    Func<IStringLocalizer, string, string, string> Once,
    Func<IStringLocalizer, string, string, string, string> Many);

public static class AccessKinds
{
    public static readonly IReadOnlyList<AccessKind> All =
    [
        new(AccessAction.ViewReport,
            l => l["Viewed the report"],
            (l, company, day) => l["{0} viewed your report once, on {1}.", company, day],
            (l, company, times, last) => l["{0} viewed your report {1} times; last on {2}.", company, times, last]),
        new(AccessAction.SeenInRanking,
            l => l["Saw your scores in the opening's ranking"],
            (l, company, day) => l["{0} saw your scores in the opening's ranking once, on {1}.", company, day],
            (l, company, times, last) => l["{0} saw your scores in the opening's ranking {1} times; last on {2}.", company, times, last]),
        new(AccessAction.Compare,
            l => l["Compared it with other candidates"],
            (l, company, day) => l["{0} compared your report with other candidates' once, on {1}.", company, day],
            (l, company, times, last) => l["{0} compared your report with other candidates' {1} times; last on {2}.", company, times, last]),
        new(AccessAction.Export,
            l => l["Exported it"],
            (l, company, day) => l["{0} exported your report once, on {1}.", company, day],
            (l, company, times, last) => l["{0} exported your report {1} times; last on {2}.", company, times, last]),
        new(AccessAction.StatusChange,
            l => l["Updated your application's status"],
            (l, company, day) => l["{0} updated the status of your application once, on {1}.", company, day],
            (l, company, times, last) => l["{0} updated the status of your application {1} times; last on {2}.", company, times, last]),
        new(AccessAction.Message,
            l => l["Wrote you a message"],
            (l, company, day) => l["{0} wrote you a message once, on {1}.", company, day],
            (l, company, times, last) => l["{0} wrote you {1} messages; last on {2}.", company, times, last]),
    ];

    public static AccessKind Of(AccessAction action) =>
        All.FirstOrDefault(k => k.Action == action) ?? throw new ArgumentOutOfRangeException(nameof(action), action, "No text for this kind of access.");

    /// <summary>Where the kind is told among the others.</summary>
    public static int OrderOf(AccessAction action) => All.ToList().FindIndex(k => k.Action == action);
}
