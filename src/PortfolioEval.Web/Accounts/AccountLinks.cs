using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using PortfolioEval.Accounts;

namespace PortfolioEval.Web.Accounts;

/// <summary>Absolute links for account emails, on the host the person is using.</summary>
public sealed class AccountLinks(LinkGenerator links, IHttpContextAccessor http, UserManager<ApplicationUser> users)
{
    public async Task<string> ConfirmEmailAsync(ApplicationUser user)
    {
        var token = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        return Page("/Account/ConfirmEmail", new { userId = user.Id, code = token });
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
        var context = http.HttpContext ?? throw new InvalidOperationException("Account links are made while answering a request.");
        return links.GetUriByPage(context, page, handler: null, values)
               ?? throw new InvalidOperationException($"No route to {page}.");
    }
}
