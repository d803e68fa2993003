using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PortfolioEval.Api;
using PortfolioEval.Web.Api;
using PortfolioEval.Web.Recruiting;

namespace PortfolioEval.Web.Pages.Recruiter;

/// <summary>
/// The company admin's API keys: make one with a name and scopes (its secret shown this once), see when each was last
/// used, revoke one. A key acts as the admin who made it and never reaches more than the company's recruiters.
/// </summary>
[CompanyAdmin]
public class ApiKeysModel(CompanyApiKeys keys, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<ApiKey> Keys { get; private set; } = [];

    /// <summary>The secret of the key just made; shown on this response only, never stored.</summary>
    public string? NewSecret { get; private set; }

    [BindProperty] public KeyInput Input { get; set; } = new();

    /// <summary>What each scope lets a key do, in the order the form shows them.</summary>
    public IReadOnlyList<(ApiScope Scope, string Text)> ScopeTexts =>
    [
        (ApiScope.ReadOpenings, l["Read the company's openings"]),
        (ApiScope.WriteOpenings, l["Publish and close openings"]),
        (ApiScope.ReadApplications, l["Read applications and the reports candidates consented to share"]),
        (ApiScope.WriteStatuses, l["Change shortlist statuses and notes"]),
    ];

    public async Task OnGetAsync(CancellationToken cancellation) =>
        Keys = await keys.ListAsync(HttpContext.CompanyMember().Company.Id, cancellation);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellation)
    {
        var member = HttpContext.CompanyMember();
        var scopes = Input.Scopes.Aggregate(ApiScope.None, (all, s) => all | s);
        if (!ApiScopes.IsValid(scopes))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Scopes)}", l["Choose at least one thing the key may do."]);
        if (!ModelState.IsValid)
        {
            Keys = await keys.ListAsync(member.Company.Id, cancellation);
            return Page();
        }
        var (_, secret) = await keys.CreateAsync(member.Company.Id, member.User.Id, Input.Name, scopes, cancellation);
        NewSecret = secret;
        Input = new KeyInput();
        ModelState.Clear();
        Keys = await keys.ListAsync(member.Company.Id, cancellation);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellation) =>
        await keys.RevokeAsync(HttpContext.CompanyMember().Company.Id, id, cancellation) ? RedirectToPage() : NotFound();

    public sealed class KeyInput
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [StringLength(ApiKey.NameMaxLength, ErrorMessage = "The {0} field must be at most {1} characters long.")]
        [Display(Name = "Name")]
        public string Name { get; set; } = "";

        public List<ApiScope> Scopes { get; set; } = [];
    }
}
