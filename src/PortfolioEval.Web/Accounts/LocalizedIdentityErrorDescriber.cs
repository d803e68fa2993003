using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace PortfolioEval.Web.Accounts;

/// <summary>Identity's validation messages in the person's language.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> l) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), l["The password must have at least {0} characters.", length.ToString(CultureInfo.CurrentCulture)]);

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), l["The password must contain a digit (0-9)."]);

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), l["The password must contain a lowercase letter."]);

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), l["The password must contain an uppercase letter."]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), l["The password must use at least {0} different characters.", uniqueChars.ToString(CultureInfo.CurrentCulture)]);

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), l["This email address is not valid."]);

    public override IdentityError InvalidToken() =>
        Error(nameof(InvalidToken), l["This link is invalid or has expired."]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
