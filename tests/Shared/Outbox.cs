using System.Text.RegularExpressions;
using MimeKit;

namespace PortfolioEval.Testing;

/// <summary>Reads the .eml files the portal wrote to its outbox, as a person opening them would.</summary>
public sealed partial class Outbox(string path)
{
    public IReadOnlyList<MimeMessage> To(string address)
    {
        if (!Directory.Exists(path))
            return [];
        return [.. Directory.GetFiles(path, "*.eml")
            .Order(StringComparer.Ordinal)
            .Select(file => MimeMessage.Load(file))
            .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))];
    }

    public MimeMessage Last(string address) =>
        To(address) is { Count: > 0 } messages ? messages[^1] : throw new InvalidOperationException($"No email to {address} in the outbox.");

    /// <summary>The first link in the latest email to <paramref name="address"/> whose path contains <paramref name="pathPart"/>.</summary>
    public Uri LinkIn(string address, string pathPart)
    {
        var body = Last(address).TextBody ?? "";
        var link = LinkPattern().Matches(body).Select(m => m.Value).FirstOrDefault(l => l.Contains(pathPart, StringComparison.Ordinal));
        return link is null ? throw new InvalidOperationException($"No {pathPart} link in: {body}") : new Uri(link);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
