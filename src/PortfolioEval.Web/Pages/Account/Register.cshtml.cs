using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Accounts;
using PortfolioEval.Web.Accounts;

namespace PortfolioEval.Web.Pages.Account;

public class RegisterModel(AccountRegistration registration, AccountLinks links, AccountEmails emails) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Where the person was going (an opening's Apply page): carried through the confirmation email to the login.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>An invitation link (<c>?invite=code</c>, from a company's team page) opens the form ready to join that company.</summary>
    public void OnGet(string? invite)
    {
        ReturnUrl = ReturnAddress.LocalOrNull(ReturnUrl);
        if (string.IsNullOrWhiteSpace(invite))
            return;
        Input.Role = Roles.Recruiter;
        Input.Company = CompanyChoice.Join;
        Input.InvitationCode = invite.Trim();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ReturnUrl = ReturnAddress.LocalOrNull(ReturnUrl);
        if (!ModelState.IsValid)
            return Page();

        var result = await registration.RegisterAsync(new RegistrationRequest(
            Input.Email.Trim(), Input.DisplayName, Input.Password, Input.Role, Input.Company,
            Input.CompanyName, Input.CompanyCountry, Input.CompanySector, Input.InvitationCode));
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Field.Length == 0 ? "" : $"{nameof(Input)}.{error.Field}", error.Message);
            return Page();
        }

        if (result.NewUser is { } user)
            await emails.SendConfirmationAsync(user.Email!, user.Language, user.DisplayName, await links.ConfirmEmailAsync(user, ReturnUrl));
        else
            await emails.SendAlreadyRegisteredAsync(Input.Email.Trim(), links.Login(), links.ForgotPassword());
        return RedirectToPage("RegisterConfirmation", new { returnUrl = ReturnUrl });
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Choose whether you are a candidate or a recruiter.")]
        [Display(Name = "I am")]
        public string Role { get; set; } = Roles.Candidate;

        [Required(ErrorMessage = "The {0} field is required.")]
        [StringLength(100, ErrorMessage = "The {0} field must be at most {1} characters long.")]
        [Display(Name = "Your name")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "The {0} field is required.")]
        [EmailAddress(ErrorMessage = "This email address is not valid.")]
        [StringLength(254, ErrorMessage = "The {0} field must be at most {1} characters long.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "The {0} field is required.")]
        [StringLength(128, MinimumLength = 10, ErrorMessage = "The password must have at least {2} characters.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "The {0} field is required.")]
        [Compare(nameof(Password), ErrorMessage = "The passwords do not match.")]
        [DataType(DataType.Password)]
        [Display(Name = "Repeat the password")]
        public string ConfirmPassword { get; set; } = "";

        [Display(Name = "Company")]
        public CompanyChoice Company { get; set; } = CompanyChoice.Create;

        [StringLength(HiringCompany.NameMaxLength, ErrorMessage = "The {0} field must be at most {1} characters long.")]
        [Display(Name = "Company name")]
        public string? CompanyName { get; set; }

        [StringLength(HiringCompany.CountryMaxLength, ErrorMessage = "The {0} field must be at most {1} characters long.")]
        [Display(Name = "Country")]
        public string? CompanyCountry { get; set; }

        [StringLength(HiringCompany.SectorMaxLength, ErrorMessage = "The {0} field must be at most {1} characters long.")]
        [Display(Name = "Sector")]
        public string? CompanySector { get; set; }

        [StringLength(64, ErrorMessage = "The {0} field must be at most {1} characters long.")]
        [Display(Name = "Invitation code")]
        public string? InvitationCode { get; set; }
    }
}
