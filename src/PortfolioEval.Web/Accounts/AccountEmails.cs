using System.Globalization;
using Microsoft.Extensions.Localization;
using PortfolioEval.Web.Email;

namespace PortfolioEval.Web.Accounts;

/// <summary>The account emails, written in the language of the request that causes them.</summary>
public sealed class AccountEmails(IEmailSender sender, IStringLocalizer<SharedResource> l)
{
    public Task SendConfirmationAsync(string to, string displayName, string confirmUrl) =>
        Send(to, l["Confirm your PortfolioEval account"],
            l["Hello {0},", displayName],
            l["To confirm your account, open this link:"] + "\n" + confirmUrl,
            l["If you did not register, ignore this message."]);

    /// <summary>Sent instead of a confirmation when the address already has an account: the page says the same either way.</summary>
    public Task SendAlreadyRegisteredAsync(string to, string loginUrl, string resetUrl) =>
        Send(to, l["Someone tried to register with your email"],
            l["Someone (perhaps you) tried to create a PortfolioEval account with this address, which already has one."],
            l["Log in:"] + " " + loginUrl + "\n" + l["Forgot your password?"] + " " + resetUrl,
            l["If it was not you, no action is needed."]);

    public Task SendLockedOutAsync(string to, int minutes, string resetUrl) =>
        Send(to, l["Your PortfolioEval account was locked"],
            l["After several failed login attempts your account is locked for {0} minutes.", minutes],
            l["If it was not you, consider changing your password:"] + "\n" + resetUrl);

    public Task SendPasswordResetAsync(string to, string resetUrl) =>
        Send(to, l["Reset your PortfolioEval password"],
            l["To choose a new password, open this link:"] + "\n" + resetUrl,
            l["If you did not ask for it, ignore this message."]);

    /// <summary>Sent by the retention job, which has no request: in the culture it sets (the portal's default language).</summary>
    public Task SendRetentionWarningAsync(string to, string displayName, DateTimeOffset lastActiveAt, int inactiveMonths, DateTimeOffset erasedOn, string loginUrl) =>
        Send(to, l["Your client books on PortfolioEval will be erased"],
            l["Hello {0},", displayName],
            l["You have not signed in to PortfolioEval since {0}. The client books of accounts unused for {1} months are erased: yours will be erased on {2} unless you sign in before then.", LongDate(lastActiveAt), inactiveMonths, LongDate(erasedOn)],
            l["Signing in is enough to keep them. Your account is kept either way."] + "\n" + l["Log in:"] + " " + loginUrl);

    public Task SendBooksErasedAsync(string to, string displayName, DateTimeOffset lastActiveAt, DateTimeOffset warnedOn) =>
        Send(to, l["Your client books on PortfolioEval were erased"],
            l["Hello {0},", displayName],
            l["You had not signed in to PortfolioEval since {0}. As we told you on {1}, your client books and their reports have been erased.", LongDate(lastActiveAt), LongDate(warnedOn)],
            l["Your account remains: sign in whenever you want to upload a book again."]);

    private static string LongDate(DateTimeOffset date) => date.UtcDateTime.ToString("D", CultureInfo.CurrentCulture);

    private Task Send(string to, string subject, params string[] paragraphs) =>
        sender.SendAsync(new EmailMessage(to, subject, string.Join("\n\n", paragraphs) + "\n"));
}
