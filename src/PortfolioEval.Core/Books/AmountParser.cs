using System.Globalization;

namespace PortfolioEval.Books;

/// <summary>
/// Reads an amount cell: a number cell, or text such as 1.234,56 / 1,234.56 / S/ 3.518,20 / $ 2,871.00 /
/// (1.200,00) / -500. Shorthands (10k, 10 mil) are refused, not guessed. The decimal separator is the column's.
/// </summary>
public static class AmountParser
{
    public static AmountResult Parse(object? cell, DecimalSeparator separator) => cell switch
    {
        null => AmountResult.Blank,
        double d when double.IsFinite(d) && Math.Abs(d) < 7.9e27 => new((decimal)d, null, false, null),
        int or long or decimal => new(Convert.ToDecimal(cell, CultureInfo.InvariantCulture), null, false, null),
        string text => ParseText(text, separator),
        _ => AmountResult.Fail(RejectionReason.NonNumericValue),
    };

    /// <summary>What a text amount alone says about its column's decimal separator.</summary>
    public static DecimalSeparator Evidence(object? cell) =>
        cell is string text && AmountText.TrySplit(text, out var parts) ? Evidence(parts.Number) : DecimalSeparator.Ambiguous;

    internal static DecimalSeparator Evidence(string number)
    {
        int lastPoint = number.LastIndexOf('.'), lastComma = number.LastIndexOf(',');
        if (lastPoint >= 0 && lastComma >= 0)
            return lastPoint > lastComma ? DecimalSeparator.Point : DecimalSeparator.Comma;
        var last = Math.Max(lastPoint, lastComma);
        if (last < 0)
            return DecimalSeparator.Ambiguous;
        var mark = number[last];
        if (number.IndexOf(mark, StringComparison.Ordinal) != last)
            return mark == '.' ? DecimalSeparator.Comma : DecimalSeparator.Point; // repeated: it groups thousands
        // One mark followed by exactly three digits (1.234) may be either; anything else is a decimal mark.
        if (number.Length - last - 1 == 3)
            return DecimalSeparator.Ambiguous;
        return mark == '.' ? DecimalSeparator.Point : DecimalSeparator.Comma;
    }

    private static AmountResult ParseText(string text, DecimalSeparator separator)
    {
        if (string.IsNullOrWhiteSpace(text))
            return AmountResult.Blank;
        if (!AmountText.TrySplit(text, out var parts))
            return AmountResult.Fail(RejectionReason.NonNumericValue);

        string? iso = null;
        var hasMarker = parts.Marker.Length > 0;
        if (hasMarker && !CurrencyCodes.TryRecognise(parts.Marker, out iso))
            return AmountResult.Fail(RejectionReason.NonNumericValue); // "10k", "10 mil", "approx. 500"

        var evidence = Evidence(parts.Number);
        var value = ToDecimal(parts.Number, separator);
        if (value is null)
        {
            var other = separator == DecimalSeparator.Comma ? DecimalSeparator.Point : DecimalSeparator.Comma;
            return AmountResult.Fail(ToDecimal(parts.Number, other) is null
                ? RejectionReason.NonNumericValue
                : RejectionReason.AmbiguousAmount) with { Evidence = evidence };
        }

        return new(parts.Negative ? -value : value, iso, hasMarker, null) { Evidence = evidence };
    }

    // Digits with thousands groups of three and at most one decimal mark after them; null when that is not so. Read on
    // spans, without a string between the cell and the decimal: it runs on every amount of a book.
    private static decimal? ToDecimal(string number, DecimalSeparator separator)
    {
        var decimalMark = separator == DecimalSeparator.Comma ? ',' : '.';
        var groupMark = decimalMark == ',' ? '.' : ',';
        var decimalAt = number.IndexOf(decimalMark, StringComparison.Ordinal);
        if (decimalAt >= 0 && number.LastIndexOf(decimalMark) != decimalAt)
            return null;
        var whole = decimalAt >= 0 ? number.AsSpan(0, decimalAt) : number;
        var fraction = decimalAt >= 0 ? number.AsSpan(decimalAt + 1) : [];
        if (fraction.ContainsAnyExceptInRange('0', '9'))
            return null;

        // The invariant form: the whole part's digits without their groups, then '.' and the fraction.
        var invariant = number.Length <= 128 ? stackalloc char[number.Length] : new char[number.Length];
        int written = 0, groups = 1, firstGroup = 0, group = 0;
        foreach (var c in whole)
        {
            if (c == groupMark)
            {
                if (group == 0 || (groups > 1 && group != 3))
                    return null;
                (firstGroup, groups, group) = (groups == 1 ? group : firstGroup, groups + 1, 0);
            }
            else if (char.IsAsciiDigit(c))
                (invariant[written++], group) = (c, group + 1);
            else
                return null;
        }

        if (group == 0 || (groups > 1 && (firstGroup > 3 || group != 3)))
            return null;
        if (!fraction.IsEmpty)
        {
            invariant[written++] = '.';
            fraction.CopyTo(invariant[written..]);
            written += fraction.Length;
        }

        return decimal.TryParse(invariant[..written], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)
            ? v
            : null;
    }
}
