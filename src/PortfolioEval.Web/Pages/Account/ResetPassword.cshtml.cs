using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PortfolioEval.Accounts;
using PortfolioEval.Web.Accounts;

namespace PortfolioEval.Web.Pages.Account;

public class ResetPasswordModel(UserManager<ApplicationUser> users, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Done { get; private set; }

    public IActionResult OnGet(string? code)
    {
        if (AccountLinks.Decode(code) is null)
            return NotFound();
        Input.Code = code!;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        var token = AccountLinks.Decode(Input.Code);
        if (user is null || token is null)
        {
            // Same answer as a bad token, so the form does not reveal which addresses exist.
            ModelState.AddModelError("", l["This link is invalid or has expired."]);
            return Page();
        }
        var result = await users.ResetPasswordAsync(user, token, Input.Password);
        foreach (var error in result.Errors)
            ModelState.AddModelError("", error.Description);
        if (result.Succeeded)
        {
            await users.ResetAccessFailedCountAsync(user);
            Done = true;
        }
        return Page();
    }

    public sealed class InputModel
    {
        [Required]
        public string Code { get; set; } = "";

        [Required(ErrorMessage = "The {0} field is required.")]
        [EmailAddress(ErrorMessage = "This email address is not valid.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "The {0} field is required.")]
        [StringLength(128, MinimumLength = 10, ErrorMessage = "The password must have at least {2} characters.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "The {0} field is required.")]
        [Compare(nameof(Password), ErrorMessage = "The passwords do not match.")]
        [DataType(DataType.Password)]
        [Display(Name = "Repeat the password")]
        public string ConfirmPassword { get; set; } = "";
    }
}
