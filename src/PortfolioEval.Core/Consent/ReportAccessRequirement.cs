using Microsoft.AspNetCore.Authorization;

namespace PortfolioEval.Consent;

/// <summary>What a user wants to do with a report. All three fall under the one purpose a consent names.</summary>
public enum ReportAction
{
    View = 1,
    Compare = 2,
    Export = 3,
}

/// <summary>The requirement <see cref="ReportAccessHandler"/> answers: <c>AuthorizeAsync(User, report, ReportAccessRequirement.View)</c>.</summary>
public sealed class ReportAccessRequirement : IAuthorizationRequirement
{
    private ReportAccessRequirement(ReportAction action) => Action = action;

    public static ReportAccessRequirement View { get; } = new(ReportAction.View);
    public static ReportAccessRequirement Compare { get; } = new(ReportAction.Compare);
    public static ReportAccessRequirement Export { get; } = new(ReportAction.Export);

    public ReportAction Action { get; }

    /// <summary>How the access log names this action once allowed.</summary>
    public AccessAction LoggedAs => Action switch
    {
        ReportAction.Compare => AccessAction.Compare,
        ReportAction.Export => AccessAction.Export,
        _ => AccessAction.ViewReport,
    };
}

/// <summary>
/// The report being asked for, named by its book only. The owner is looked up, never taken from the request, so a
/// candidate id put in a URL cannot make anyone the owner of someone else's book.
/// </summary>
public sealed record ReportResource(Guid BookId);
