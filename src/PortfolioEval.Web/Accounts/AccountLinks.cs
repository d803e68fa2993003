using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using PortfolioEval.Accounts;
using PortfolioEval.Web.Links;

namespace PortfolioEval.Web.Accounts;

/// <summary>
/// Absolute links for account emails, on the portal's public base URL: never on the request's <c>Host</c>, which
/// whoever asks for the email chooses. Needs no request, so the retention job's emails link the same way.
/// </summary>
public sealed class AccountLinks(LinkGenerator links, PublicBaseUrl baseUrl, UserManager<ApplicationUser> users)
{
    /// <param name="returnUrl">Where the person was going before registering (an opening's Apply page); kept only when local.</param>
    public async Task<string> ConfirmEmailAsync(ApplicationUser user, string? returnUrl = null)
    {
        var token = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        return Page("/Account/ConfirmEmail", new { userId = user.Id, code = token, returnUrl = ReturnAddress.LocalOrNull(returnUrl) });
    }

    public async Task<string> ResetPasswordAsync(ApplicationUser user)
    {
        var token = Encode(await users.GeneratePasswordResetTokenAsync(user));
        return Page("/Account/ResetPassword", new { code = token });
    }

    public string Login() => Page("/Account/Login");

    public string ForgotPassword() => Page("/Account/ForgotPassword");

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code))
            return null;
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private string Page(string page, object? values = null)
    {
        var path = links.GetPathByPage(page, handler: null, values) ?? throw new InvalidOperationException($"No route to {page}.");
        return baseUrl.To(path);
    }
}
