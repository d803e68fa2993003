using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PortfolioEval.Accounts;

namespace PortfolioEval.Web.Pages;

/// <summary>
/// The language switch: remembers the person's choice, one of the portal's languages, in a cookie for a year, and on
/// their account when they are signed in, so their emails are written in it too.
/// </summary>
public class CultureModel(IOptions<RequestLocalizationOptions> localization, UserManager<ApplicationUser> users) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl)
    {
        if (localization.Value.SupportedUICultures?.Any(c => c.Name == culture) == true)
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } person && person.Language != culture)
            {
                person.Speaks(culture!);
                await users.UpdateAsync(person);
            }
        }
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
