namespace PortfolioEval.Web.Accounts;

/// <summary>
/// Where to send someone back after logging in, registering or confirming their email. Only a path on this portal is
/// kept: anything that could leave it (<c>https://…</c>, <c>//host</c>, <c>/\host</c>, a control character) is dropped,
/// so a link nobody can trust never becomes a redirect elsewhere (an open redirect).
/// </summary>
public static class ReturnAddress
{
    public const int MaxLength = 2000;

    /// <summary>The address when it is a local path; null otherwise.</summary>
    public static string? LocalOrNull(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Length > MaxLength)
            return null;
        if (returnUrl.Any(char.IsControl))
            return null;
        // The same rule as ASP.NET Core's IUrlHelper.IsLocalUrl for paths: "/x" but never "//x" or "/\x".
        if (returnUrl[0] != '/')
            return null;
        if (returnUrl.Length > 1 && (returnUrl[1] == '/' || returnUrl[1] == '\\'))
            return null;
        return returnUrl;
    }
}
