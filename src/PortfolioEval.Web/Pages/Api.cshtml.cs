using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PortfolioEval.Web.Api;

namespace PortfolioEval.Web.Pages;

/// <summary>
/// The API's reference for people: every operation of <c>/api/v1</c> as the API itself describes it (the same source
/// as <c>/openapi/v1.json</c>), with the scope it needs, and how to check a webhook's signature.
/// </summary>
public partial class ApiModel(IApiDescriptionGroupCollectionProvider descriptions, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record Operation(string Method, string Path, string Summary, IReadOnlyList<string> Scopes);

    /// <summary>The operations' summaries in the reader's language, by endpoint name (the OpenAPI document keeps the English).</summary>
    private IReadOnlyDictionary<string, string> Summaries => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ListOpenings"] = l["List the company's openings, newest first."],
        ["GetOpening"] = l["Read one opening."],
        ["CreateOpening"] = l["Publish a new opening."],
        ["CloseOpening"] = l["Close an opening: it takes no more applications; those it has stay."],
        ["ListApplications"] = l["List an opening's applications, newest first, with each consent's state and expiry."],
        ["GetApplication"] = l["Read one application: its consent's state and expiry, its shortlist status and note."],
        ["UpdateShortlist"] = l["Move an application along the shortlist and/or replace the company's note; only while its consent is in force."],
        ["GetReport"] = l["Read the report an application's consent lets the company read (the redacted snapshot, with its scoring version)."],
        ["CompareApplications"] = l["Read 2 to 6 applications' reports side by side, all or none."],
    };

    public IReadOnlyList<Operation> Operations { get; private set; } = [];

    public void OnGet() =>
        Operations = [.. descriptions.ApiDescriptionGroups.Items.SelectMany(g => g.Items)
            .Where(d => d.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true)
            .Select(d => new Operation(d.HttpMethod ?? "GET", "/" + Constraint().Replace(d.RelativePath!, "").TrimEnd('/'),
                Summaries.GetValueOrDefault(d.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName ?? "")
                    ?? d.ActionDescriptor.EndpointMetadata.OfType<IEndpointSummaryMetadata>().FirstOrDefault()?.Summary ?? "",
                ApiPolicies.ScopesOf(d.ActionDescriptor.EndpointMetadata)))
            .OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal)];

    /// <summary>A route constraint (<c>{id:guid}</c>), left out of the path people read, as the OpenAPI document does.</summary>
    [GeneratedRegex(@":[a-z]+(?=})")]
    private static partial Regex Constraint();
}
