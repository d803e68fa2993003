using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Recruiting;

namespace PortfolioEval.Web.Pages.Account;

public class LoginModel(
    AccountSignIn signIn,
    AccountEmails emails,
    AccountLinks links,
    IOptions<IdentityOptions> identity,
    PublicOpenings openings,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool EmailNotConfirmed { get; private set; }

    /// <summary>The opening the person was about to apply to, when the return address is its Apply page.</summary>
    public PublicOpening? Opening { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        ReturnUrl = ReturnAddress.LocalOrNull(ReturnUrl);
        Opening = await openings.FromReturnAddressAsync(ReturnUrl, cancellation);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        ReturnUrl = ReturnAddress.LocalOrNull(ReturnUrl);
        Opening = await openings.FromReturnAddressAsync(ReturnUrl, cancellation);
        if (!ModelState.IsValid)
            return Page();

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe);
        switch (result.Outcome)
        {
            case SignInOutcome.Succeeded:
                // The start page sends each role to its own home.
                return LocalRedirect(ReturnUrl is not null && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
            case SignInOutcome.EmailNotConfirmed:
                EmailNotConfirmed = true;
                return Page();
            default:
                if (result.LockedJustNow)
                {
                    var minutes = (int)identity.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes;
                    await emails.SendLockedOutAsync(result.User!.Email!, result.User.Language, minutes, links.ForgotPassword());
                }
                // One message for every failure: it must not tell whether the account exists or is locked.
                ModelState.AddModelError("", l["Invalid email or password. After {0} failed attempts an account is locked for a while.", identity.Value.Lockout.MaxFailedAccessAttempts]);
                return Page();
        }
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [EmailAddress(ErrorMessage = "This email address is not valid.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "The {0} field is required.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        [Display(Name = "Keep me logged in on this device")]
        public bool RememberMe { get; set; }
    }
}
