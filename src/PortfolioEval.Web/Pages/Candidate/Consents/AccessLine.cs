using Microsoft.Extensions.Localization;
using PortfolioEval.Consent;

namespace PortfolioEval.Web.Pages.Candidate.Consents;

/// <summary>A line of the log the candidate reads: one look (<see cref="AccessGroup"/>) and who took it.</summary>
public sealed record AccessLine(AccessGroup Group, string Recruiter)
{
    public static IReadOnlyList<AccessLine> Of(IEnumerable<AccessGroup> groups, IReadOnlyDictionary<string, string> recruiters, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return [.. groups.Select(g => new AccessLine(g, recruiters.GetValueOrDefault(g.RecruiterId) ?? l["a recruiter no longer on the portal"]))];
    }
}
