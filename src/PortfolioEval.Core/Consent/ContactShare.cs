using System.Text.RegularExpressions;

namespace PortfolioEval.Consent;

/// <summary>
/// The contact details a candidate chose to give one company with a consent: none by default. The company's recruiters
/// read them only while the consent is in force; ending the consent forgets them.
/// </summary>
/// <param name="Email">The account's email address, when the candidate ticked it; null otherwise.</param>
/// <param name="Phone">A phone number as typed (digits, spaces, +, -, parentheses); null when not given.</param>
/// <param name="LinkedInUrl">An https address on linkedin.com; null when not given.</param>
public sealed partial record ContactShare(string? Email, string? Phone, string? LinkedInUrl)
{
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 30;
    public const int LinkedInUrlMaxLength = 200;

    public static ContactShare None { get; } = new(null, null, null);

    public bool IsEmpty => Email is null && Phone is null && LinkedInUrl is null;

    /// <summary>The details as the form gives them: blanks are "not shared"; what is given must be a phone or a LinkedIn address.</summary>
    public static ContactShare Of(string? email, string? phone, string? linkedInUrl)
    {
        var share = new ContactShare(Blank(email), Blank(phone), Blank(linkedInUrl));
        if (share.Email is { Length: > EmailMaxLength } || share.Email is { } e && !e.Contains('@', StringComparison.Ordinal))
            throw new ArgumentException("Not an email address.", nameof(email));
        if (share.Phone is { } p && !IsPhone(p))
            throw new ArgumentException("Not a phone number.", nameof(phone));
        if (share.LinkedInUrl is { } url && !IsLinkedInUrl(url))
            throw new ArgumentException("Not a LinkedIn address.", nameof(linkedInUrl));
        return share;
    }

    /// <summary>Digits with the usual separators, 6 to 15 digits in all (E.164 allows 15).</summary>
    public static bool IsPhone(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > PhoneMaxLength || !PhoneCharacters().IsMatch(text.Trim()))
            return false;
        var digits = text.Count(char.IsAsciiDigit);
        return digits is >= 6 and <= 15;
    }

    /// <summary>An absolute https address on linkedin.com or one of its subdomains (www., pe., es.): nothing else is a profile.</summary>
    public static bool IsLinkedInUrl(string? text) =>
        !string.IsNullOrWhiteSpace(text)
        && text.Trim().Length <= LinkedInUrlMaxLength
        && Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && string.IsNullOrEmpty(uri.UserInfo)
        && uri.IsDefaultPort
        && (uri.Host.Equals("linkedin.com", StringComparison.OrdinalIgnoreCase)
            || uri.Host.EndsWith(".linkedin.com", StringComparison.OrdinalIgnoreCase));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"^\+?[0-9 ()\-.]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneCharacters();
}
