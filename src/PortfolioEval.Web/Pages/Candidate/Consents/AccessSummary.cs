using System.Globalization;
using Microsoft.Extensions.Localization;
using PortfolioEval.Consent;

namespace PortfolioEval.Web.Pages.Candidate.Consents;

/// <summary>
/// What a company did with a candidate's report, told in sentences: one per kind of access, with how many times (a
/// sitting of reloads counts once: see <see cref="AccessGrouping"/>) and the last day ("Distribuidora Andina viewed
/// your report 3 times; last on 4 June 2026").
/// </summary>
public static class AccessSummary
{
    public static IReadOnlyList<string> Sentences(string company, IReadOnlyCollection<AccessGroup> groups, IStringLocalizer l, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(l);
        if (groups.Count == 0)
            return [l["{0} has not opened your report.", company]];
        return [.. groups.GroupBy(g => g.Action)
            .OrderBy(g => AccessKinds.OrderOf(g.Key))
            .Select(g => Sentence(l, AccessKinds.Of(g.Key), company, g.Count(), LongDate(g.Max(a => a.Last), culture), culture))];
    }

    /// <summary>What a line of the log says a recruiter did, with how many times in that sitting when more than once.</summary>
    public static string Did(IStringLocalizer l, AccessGroup group)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(group);
        var did = AccessKinds.Of(group.Action).Did(l);
        return group.Count == 1 ? did : l["{0} ({1} times)", did, group.Count];
    }

    /// <summary>"4 de junio de 2026", "4 June 2026": the day, without the weekday a long date pattern may carry.</summary>
    public static string LongDate(DateTimeOffset at, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var pattern = culture.TwoLetterISOLanguageName == "es" ? "d 'de' MMMM 'de' yyyy" : "d MMMM yyyy";
        return at.ToLocalTime().ToString(pattern, culture);
    }

    // One sentence a count: Spanish and English both tell one from many, which is all the plural they need here.
    private static string Sentence(IStringLocalizer l, AccessKind kind, string company, int count, string last, CultureInfo culture) =>
        count == 1 ? kind.Once(l, company, last) : kind.Many(l, company, count.ToString("N0", culture), last);
}
