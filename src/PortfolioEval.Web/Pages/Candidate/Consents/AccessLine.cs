using Microsoft.Extensions.Localization;
using PortfolioEval.Consent;

namespace PortfolioEval.Web.Pages.Candidate.Consents;

/// <summary>
/// A line of the log the candidate reads: one look (<see cref="AccessGroup"/>) and who took it: the recruiter by name,
/// or the company's API key an integration read through ("via API key ATS of Andina").
/// </summary>
public sealed record AccessLine(AccessGroup Group, string Recruiter)
{
    public static IReadOnlyList<AccessLine> Of(IEnumerable<AccessGroup> groups, IReadOnlyDictionary<string, string> recruiters, string company, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return [.. groups.Select(g => new AccessLine(g, g.ApiKeyName is { } key
            ? l["via API key {0} of {1}", key, company]
            : recruiters.GetValueOrDefault(g.RecruiterId) ?? l["a recruiter no longer on the portal"]))];
    }
}
