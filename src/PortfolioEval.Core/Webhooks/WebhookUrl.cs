using System.Net;

namespace PortfolioEval.Webhooks;

/// <summary>Which addresses a company may register: HTTPS; plain HTTP only to 127.0.0.1, and only where allowed (development).</summary>
public static class WebhookUrl
{
    public const int MaxLength = 500;

    /// <summary>The reason <paramref name="text"/> is refused; null when it may be registered.</summary>
    public static WebhookUrlProblem? Check(string? text, bool allowLoopbackHttp, out Uri? url)
    {
        url = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var parsed))
            return WebhookUrlProblem.NotAnAddress;
        // On Linux "/hooks" parses as an absolute file: URI; it is no more an address than a UNC path is.
        if (parsed.IsFile || parsed.IsUnc || !string.IsNullOrEmpty(parsed.UserInfo) || !string.IsNullOrEmpty(parsed.Fragment))
            return WebhookUrlProblem.NotAnAddress;
        if (parsed.Scheme == Uri.UriSchemeHttp)
        {
            var loopback = IPAddress.TryParse(parsed.Host, out var ip) && ip.Equals(IPAddress.Loopback);
            if (!loopback || !allowLoopbackHttp)
                return WebhookUrlProblem.NotHttps;
        }
        else if (parsed.Scheme != Uri.UriSchemeHttps)
            return WebhookUrlProblem.NotHttps;
        url = parsed;
        return null;
    }
}

public enum WebhookUrlProblem
{
    NotAnAddress = 1,
    NotHttps = 2,

    /// <summary>The host is, or resolves to, a loopback, private, link-local or otherwise internal address.</summary>
    PrivateNetwork = 3,

    /// <summary>The host's name does not resolve.</summary>
    Unresolvable = 4,
}
