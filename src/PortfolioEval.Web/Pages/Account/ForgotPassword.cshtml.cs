using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Accounts;
using PortfolioEval.Web.Accounts;

namespace PortfolioEval.Web.Pages.Account;

/// <summary>Sends a reset link to a confirmed account; answers the same for any address.</summary>
public class ForgotPasswordModel(UserManager<ApplicationUser> users, AccountLinks links, AccountEmails emails) : PageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is { EmailConfirmed: true })
            await emails.SendPasswordResetAsync(user.Email!, user.Language, await links.ResetPasswordAsync(user));
        Sent = true;
        return Page();
    }
}
