using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Accounts;
using PortfolioEval.Web.Accounts;

namespace PortfolioEval.Web.Pages.Account;

public class ConfirmEmailModel(UserManager<ApplicationUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    /// <summary>Where to go after logging in: the Apply page the person came from, when the link carried one.</summary>
    public string? ReturnUrl { get; private set; }

    public async Task OnGetAsync(string? userId, string? code, string? returnUrl)
    {
        ReturnUrl = ReturnAddress.LocalOrNull(returnUrl);
        var token = AccountLinks.Decode(code);
        if (string.IsNullOrEmpty(userId) || token is null)
            return;
        var user = await users.FindByIdAsync(userId);
        Confirmed = user is not null && (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }
}
