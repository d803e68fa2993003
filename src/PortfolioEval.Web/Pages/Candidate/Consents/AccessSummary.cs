using System.Globalization;
using Microsoft.Extensions.Localization;
using PortfolioEval.Consent;

namespace PortfolioEval.Web.Pages.Candidate.Consents;

/// <summary>
/// What a company did with a candidate's report, told in sentences: one per kind of access, with how many times and
/// the last day ("Distribuidora Andina viewed your report 3 times; last on 4 June 2026").
/// </summary>
public static class AccessSummary
{
    private static readonly AccessAction[] Order = [AccessAction.ViewReport, AccessAction.Compare, AccessAction.Export, AccessAction.StatusChange, AccessAction.Message];

    public static IReadOnlyList<string> Sentences(string company, IReadOnlyCollection<(AccessAction Action, DateTimeOffset At)> accesses, IStringLocalizer l, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(accesses);
        ArgumentNullException.ThrowIfNull(l);
        if (accesses.Count == 0)
            return [l["{0} has not opened your report.", company]];
        return [.. accesses.GroupBy(a => a.Action)
            .OrderBy(g => Array.IndexOf(Order, g.Key))
            .Select(g => Sentence(l, g.Key, company, g.Count(), LongDate(g.Max(a => a.At), culture), culture))];
    }

    /// <summary>What the details list says a recruiter did.</summary>
    public static string Action(IStringLocalizer l, AccessAction action)
    {
        ArgumentNullException.ThrowIfNull(l);
        return action switch
        {
            AccessAction.ViewReport => l["Viewed the report"],
            AccessAction.Compare => l["Compared it with other candidates"],
            AccessAction.Export => l["Exported it"],
            AccessAction.Message => l["Wrote you a message"],
            _ => l["Updated your application's status"],
        };
    }

    /// <summary>"4 de junio de 2026", "4 June 2026": the day, without the weekday a long date pattern may carry.</summary>
    public static string LongDate(DateTimeOffset at, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var pattern = culture.TwoLetterISOLanguageName == "es" ? "d 'de' MMMM 'de' yyyy" : "d MMMM yyyy";
        return at.ToLocalTime().ToString(pattern, culture);
    }

    // One sentence a count: Spanish and English both tell one from many, which is all the plural they need here.
    private static string Sentence(IStringLocalizer l, AccessAction action, string company, int count, string last, CultureInfo culture)
    {
        var times = count.ToString("N0", culture);
        return (action, count) switch
        {
            (AccessAction.ViewReport, 1) => l["{0} viewed your report once, on {1}.", company, last],
            (AccessAction.ViewReport, _) => l["{0} viewed your report {1} times; last on {2}.", company, times, last],
            (AccessAction.Compare, 1) => l["{0} compared your report with other candidates' once, on {1}.", company, last],
            (AccessAction.Compare, _) => l["{0} compared your report with other candidates' {1} times; last on {2}.", company, times, last],
            (AccessAction.Export, 1) => l["{0} exported your report once, on {1}.", company, last],
            (AccessAction.Export, _) => l["{0} exported your report {1} times; last on {2}.", company, times, last],
            (AccessAction.Message, 1) => l["{0} wrote you a message once, on {1}.", company, last],
            (AccessAction.Message, _) => l["{0} wrote you {1} messages; last on {2}.", company, times, last],
            (_, 1) => l["{0} updated the status of your application once, on {1}.", company, last],
            _ => l["{0} updated the status of your application {1} times; last on {2}.", company, times, last],
        };
    }
}
