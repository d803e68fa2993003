namespace PortfolioEval.Books;

/// <summary>
/// Splits amount text into sign, currency marker and the bare number with its '.' and ',' marks:
/// "(S/ 1 200,00)" gives negative, "S/", "1200,00". Spaces and apostrophes inside the number group thousands.
/// </summary>
internal readonly record struct AmountText(bool Negative, string Marker, string Number)
{
    public static bool TrySplit(string text, out AmountText parts)
    {
        parts = default;
        var s = text.Trim();
        var negative = false;
        if (s.Length > 1 && s[0] == '(' && s[^1] == ')')
        {
            negative = true;
            s = s[1..^1].Trim();
        }

        var start = 0;
        while (start < s.Length && !char.IsAsciiDigit(s[start]))
            start++;
        var end = s.Length - 1;
        while (end >= start && !char.IsAsciiDigit(s[end]))
            end--;
        if (start > end)
            return false;

        var prefix = s[..start].Trim();
        var suffix = s[(end + 1)..].Trim();
        // A minus may stand before or after the currency marker, or after the number (some ERPs write 500-).
        if (TakeSign(ref prefix, atStart: true) | TakeSign(ref prefix, atStart: false) | TakeSign(ref suffix, atStart: false))
            negative = !negative;
        if (prefix.Length > 0 && suffix.Length > 0)
            return false;

        // Most amounts are digits and marks alone: then the number is the text's own span, taken whole.
        var digits = s.AsSpan(start, end - start + 1);
        var number = digits.Length <= 128 ? stackalloc char[digits.Length] : new char[digits.Length];
        var length = 0;
        foreach (var c in digits)
        {
            if (char.IsAsciiDigit(c) || c is '.' or ',')
                number[length++] = c;
            else if (c is not (' ' or '\u00A0' or '\u202F' or '\''))
                return false;
        }

        var bare = length == s.Length ? s : length == digits.Length ? s.Substring(start, length) : new string(number[..length]);
        parts = new AmountText(negative, prefix.Length > 0 ? prefix : suffix, bare);
        return true;
    }

    private static bool TakeSign(ref string marker, bool atStart)
    {
        if (marker.Length == 0 || (atStart ? marker[0] : marker[^1]) != '-')
            return false;
        marker = (atStart ? marker[1..] : marker[..^1]).Trim();
        return true;
    }
}
