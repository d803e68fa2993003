using System.Globalization;
using Microsoft.Extensions.Localization;
using PortfolioEval.Web.Email;

namespace PortfolioEval.Web.Accounts;

/// <summary>
/// The account emails, each written in its recipient's language (<see cref="RecipientLanguage"/>): the account's, not
/// that of whoever caused the email (a stranger failing to sign in, the retention job, which has no request).
/// </summary>
public sealed class AccountEmails(IEmailSender sender, IStringLocalizer<SharedResource> l, RecipientLanguage languages)
{
    public Task SendConfirmationAsync(string to, string? language, string displayName, string confirmUrl) =>
        Send(to, language, () => [l["Confirm your PortfolioEval account"],
            l["Hello {0},", displayName],
            l["To confirm your account, open this link:"] + "\n" + confirmUrl,
            l["If you did not register, ignore this message."]]);

    /// <summary>
    /// Sent instead of a confirmation when the address already has an account: the page says the same either way. In the
    /// language of the form, like the page: the account's would tell whoever is at the form nothing, but is not theirs to choose.
    /// </summary>
    public Task SendAlreadyRegisteredAsync(string to, string loginUrl, string resetUrl) =>
        Send(to, CultureInfo.CurrentUICulture.Name, () => [l["Someone tried to register with your email"],
            l["Someone (perhaps you) tried to create a PortfolioEval account with this address, which already has one."],
            l["Log in:"] + " " + loginUrl + "\n" + l["Forgot your password?"] + " " + resetUrl,
            l["If it was not you, no action is needed."]]);

    public Task SendLockedOutAsync(string to, string? language, int minutes, string resetUrl) =>
        Send(to, language, () => [l["Your PortfolioEval account was locked"],
            l["After several failed login attempts your account is locked for {0} minutes.", minutes],
            l["If it was not you, consider changing your password:"] + "\n" + resetUrl]);

    public Task SendPasswordResetAsync(string to, string? language, string resetUrl) =>
        Send(to, language, () => [l["Reset your PortfolioEval password"],
            l["To choose a new password, open this link:"] + "\n" + resetUrl,
            l["If you did not ask for it, ignore this message."]]);

    public Task SendRetentionWarningAsync(string to, string? language, string displayName, DateTimeOffset lastActiveAt, int inactiveMonths, DateTimeOffset erasedOn, string loginUrl) =>
        Send(to, language, () => [l["Your client books on PortfolioEval will be erased"],
            l["Hello {0},", displayName],
            l["You have not signed in to PortfolioEval since {0}. The client books of accounts unused for {1} months are erased: yours will be erased on {2} unless you sign in before then.", LongDate(lastActiveAt), inactiveMonths, LongDate(erasedOn)],
            l["Signing in is enough to keep them. Your account is kept either way."] + "\n" + l["Log in:"] + " " + loginUrl]);

    public Task SendBooksErasedAsync(string to, string? language, string displayName, DateTimeOffset lastActiveAt, DateTimeOffset warnedOn) =>
        Send(to, language, () => [l["Your client books on PortfolioEval were erased"],
            l["Hello {0},", displayName],
            l["You had not signed in to PortfolioEval since {0}. As we told you on {1}, your client books and their reports have been erased.", LongDate(lastActiveAt), LongDate(warnedOn)],
            l["Your account remains: sign in whenever you want to upload a book again."]]);

    private static string LongDate(DateTimeOffset date) => date.UtcDateTime.ToString("D", CultureInfo.CurrentCulture);

    /// <param name="compose">The subject, then the paragraphs; called in the recipient's language.</param>
    private Task Send(string to, string? language, Func<string[]> compose)
    {
        EmailMessage message;
        using (languages.Use(language))
        {
            var lines = compose();
            message = new EmailMessage(to, lines[0], string.Join("\n\n", lines[1..]) + "\n");
        }
        return sender.SendAsync(message);
    }
}
