namespace PortfolioEval.Books;

/// <summary>
/// A plausibility check, not RFC 5322: one '@', something before it, a dotted domain after it, no spaces.
/// Several addresses separated by ';' or ',' are accepted when each is plausible; the first is kept.
/// </summary>
public static class EmailCheck
{
    public static bool TryFirst(string text, out string email)
    {
        email = "";
        if (!text.Contains('@', StringComparison.Ordinal))
            return false;
        // One address, as nearly every cell holds: no list to split.
        if (text.AsSpan().IndexOfAny(';', ',') < 0)
        {
            var single = text.Trim();
            if (single.Length == 0 || !IsPlausible(single))
                return false;
            email = single;
            return true;
        }

        var addresses = text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (addresses.Length == 0 || !addresses.All(IsPlausible))
            return false;
        email = addresses[0];
        return true;
    }

    // Whitespace, control characters and the brackets and quotes of a display name: never in a bare address.
    private static readonly System.Buffers.SearchValues<char> Forbidden = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '(' or ')' or '"')));

    public static bool IsPlausible(string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != address.LastIndexOf('@') || address.Length > 254)
            return false;
        var domain = address[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        return dot > 0 && dot < domain.Length - 2 && !domain.StartsWith('.') && !domain.Contains("..", StringComparison.Ordinal)
            && !address.AsSpan().ContainsAny(Forbidden);
    }
}
