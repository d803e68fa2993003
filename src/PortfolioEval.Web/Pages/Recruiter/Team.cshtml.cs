using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PortfolioEval.Accounts;
using PortfolioEval.Web.Links;
using PortfolioEval.Web.Recruiting;

namespace PortfolioEval.Web.Pages.Recruiter;

/// <summary>The company admin's team: the invitation link and code, the recruiters, and removing one.</summary>
[CompanyAdmin]
public class TeamModel(CompanyTeams teams, PublicBaseUrl baseUrl, IStringLocalizer<SharedResource> l) : PageModel
{
    public HiringCompany Company { get; private set; } = null!;
    public IReadOnlyList<TeamMember> Members { get; private set; } = [];
    public string CurrentUserId { get; private set; } = "";

    /// <summary>Absolute, so it can be pasted into an email or a chat as it is.</summary>
    public string InvitationLink => baseUrl.To(Url.Page("/Account/Register", pageHandler: null, values: new { invite = Company.InvitationCode })!);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        Load();
        Members = await teams.MembersAsync(Company.Id, cancellation);
        return Page();
    }

    /// <summary>A new code, so an old link or code shared too widely stops working.</summary>
    public async Task<IActionResult> OnPostRenewCodeAsync(CancellationToken cancellation)
    {
        Load();
        Company.RenewInvitationCode();
        await teams.SaveCompanyAsync(cancellation);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string recruiterId, CancellationToken cancellation)
    {
        Load();
        switch (await teams.RemoveAsync(Company, recruiterId, cancellation))
        {
            case RemovalResult.NotInTheCompany:
                return NotFound();
            case RemovalResult.LastCompanyAdmin:
                ModelState.AddModelError("", l["The company must keep at least one admin: its last admin cannot be removed."]);
                Members = await teams.MembersAsync(Company.Id, cancellation);
                var page = Page();
                page.StatusCode = StatusCodes.Status409Conflict;
                return page;
            default:
                // An admin who removed themselves has no company any more.
                return recruiterId == CurrentUserId ? RedirectToPage("Join") : RedirectToPage();
        }
    }

    private void Load()
    {
        var member = HttpContext.CompanyMember();
        Company = member.Company;
        CurrentUserId = member.User.Id;
    }
}
