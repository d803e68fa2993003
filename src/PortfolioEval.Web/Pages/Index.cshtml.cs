using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Web.Accounts;

namespace PortfolioEval.Web.Pages;

public class IndexModel : PageModel
{
    /// <summary>Someone logged in goes straight to their own home.</summary>
    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true && RoleHome.For(User) != "/Index"
            ? RedirectToPage(RoleHome.For(User))
            : Page();
}
