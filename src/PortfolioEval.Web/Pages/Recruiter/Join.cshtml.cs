using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PortfolioEval.Accounts;
using PortfolioEval.Web.Recruiting;

namespace PortfolioEval.Web.Pages.Recruiter;

/// <summary>
/// Where every recruiter page sends a recruiter who belongs to no company (removed by its admin, or never joined):
/// it says so, and lets them join one with its invitation code.
/// </summary>
public class JoinModel(CompanyTeams teams, UserManager<ApplicationUser> users, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(64, ErrorMessage = "The {0} field must be at most {1} characters long.")]
    [Display(Name = "Invitation code")]
    public string? Invite { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        if (HttpContext.Membership() is not null)
            return RedirectToPage("Index");
        ModelState.Clear(); // an empty code on arrival is no error yet
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return NotFound();
        if (user.HiringCompanyId is not null)
            return RedirectToPage("Index");
        if (!ModelState.IsValid)
            return Page();
        if (!await teams.JoinAsync(user, Invite, cancellation))
        {
            ModelState.AddModelError(nameof(Invite), l["This invitation code is not valid. Ask your company's admin for the current one."]);
            return Page();
        }
        return RedirectToPage("Index");
    }
}
