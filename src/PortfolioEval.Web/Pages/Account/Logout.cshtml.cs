using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Accounts;

namespace PortfolioEval.Web.Pages.Account;

/// <summary>
/// Logging out is a POST (with the antiforgery token), so a link on another site cannot do it. It changes the security
/// stamp, so the session ends everywhere, a copied cookie included: the person's other devices must log in again.
/// </summary>
public class LogoutModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
            await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return RedirectToPage("/Index");
    }
}
