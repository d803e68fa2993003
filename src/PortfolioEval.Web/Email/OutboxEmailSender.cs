using System.Globalization;
using Microsoft.Extensions.Options;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Email;

/// <summary>
/// Development delivery: each message becomes an .eml file in the outbox folder, which any mail client (or a text
/// editor) opens, so confirmation links work without a mail server.
/// </summary>
public sealed class OutboxEmailSender(IOptions<EmailOptions> options, OutboxFolder outbox, TimeProvider clock) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        PrivateFiles.CreateFolder(outbox.Path);
        var stamp = clock.GetUtcNow().ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture);
        var file = Path.Combine(outbox.Path, $"{stamp}-{Guid.NewGuid():N}.eml");
        // It holds live links (a password reset): the owner's alone, and swept by OutboxExpiry.
        await using var stream = PrivateFiles.Create(file);
        await MimeMessages.From(message, options.Value).WriteToAsync(stream, cancellationToken);
    }
}

/// <summary>Where the outbox lives: <c>outbox/</c> in the data folder.</summary>
public sealed record OutboxFolder(string Path);
