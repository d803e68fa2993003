using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Accounts;
using PortfolioEval.Web.Accounts;

namespace PortfolioEval.Web.Pages.Account;

/// <summary>Sends a fresh confirmation link; answers the same whether or not the address has an account.</summary>
public class ResendConfirmationModel(UserManager<ApplicationUser> users, AccountLinks links, AccountEmails emails) : PageModel
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
        if (user is { EmailConfirmed: false })
            await emails.SendConfirmationAsync(user.Email!, user.Language, user.DisplayName, await links.ConfirmEmailAsync(user));
        Sent = true;
        return Page();
    }
}

public sealed class EmailInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [EmailAddress(ErrorMessage = "This email address is not valid.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";
}
