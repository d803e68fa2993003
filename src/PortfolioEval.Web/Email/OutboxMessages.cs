using Microsoft.Extensions.Options;
using MimeKit;

namespace PortfolioEval.Web.Email;

/// <summary>
/// What leaves the outbox without being sent: messages older than <see cref="EmailOptions.OutboxDays"/> (their links
/// are live: a password reset), and every message to a person whose account is erased.
/// </summary>
public sealed class OutboxMessages(OutboxFolder outbox, IOptions<EmailOptions> options, TimeProvider clock)
{
    /// <summary>Deletes the messages written more than the configured days ago; returns how many.</summary>
    public int DeleteExpired()
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - TimeSpan.FromDays(options.Value.OutboxDays);
        return Delete(file => File.GetLastWriteTimeUtc(file) < cutoff);
    }

    /// <summary>Deletes every message addressed to <paramref name="address"/>; returns how many.</summary>
    public int DeleteTo(string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        return Delete(file => IsTo(file, address));
    }

    private int Delete(Func<string, bool> condemned)
    {
        if (!Directory.Exists(outbox.Path))
            return 0;
        var deleted = 0;
        foreach (var file in Directory.EnumerateFiles(outbox.Path, "*.eml"))
        {
            try
            {
                if (!condemned(file))
                    continue;
                File.Delete(file);
                deleted++;
            }
            catch (FileNotFoundException)
            {
                // Swept meanwhile by another pass or another node sharing the folder.
            }
        }
        return deleted;
    }

    private static bool IsTo(string file, string address)
    {
        using var message = MimeMessage.Load(file);
        return message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase));
    }
}
