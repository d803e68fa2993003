namespace PortfolioEval.Consent;

/// <summary>What a user wants to do with a report. All three fall under the one purpose a consent names.</summary>
public enum ReportAction
{
    View = 1,
    Compare = 2,
    Export = 3,
}

/// <summary>What a company's reader asks of a report (<c>CompanyReports.OpenAsync(User, bookId, ReportAccessRequirement.View)</c>), and how the log names it.</summary>
public sealed class ReportAccessRequirement
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
