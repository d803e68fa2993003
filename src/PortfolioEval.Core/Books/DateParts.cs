using System.Globalization;

namespace PortfolioEval.Books;

/// <summary>
/// The three numbers of a text date before its order is known: "04/06/26 10:30" gives 4, 6, 2026.
/// Year-first text (2026-06-04) is ISO and needs no order. Parsed on spans: it runs on every cell of a book.
/// </summary>
internal readonly record struct DateParts(int First, int Second, int Year, bool IsIso)
{
    public static bool TryParse(string text, out DateParts parts) => TryParse(text.AsSpan().Trim(), out parts);

    public static bool TryParse(ReadOnlySpan<char> text, out DateParts parts)
    {
        parts = default;
        // A time after the date ("14/03/2025 10:22", "2025-03-14T10:22:00") does not change the day.
        var end = text.IndexOfAny(' ', 'T');
        var date = end < 0 ? text : text[..end];
        var at = date.IndexOfAny("/-.");
        if (at <= 0)
            return false;
        var separator = date[at];
        var first = date[..at];
        var rest = date[(at + 1)..];
        var next = rest.IndexOf(separator);
        if (next < 0)
            return false;
        var second = rest[..next];
        var third = rest[(next + 1)..];
        if (!IsNumber(first) || !IsNumber(second) || !IsNumber(third))
            return false;

        if (first.Length == 4)
        {
            if (second.Length > 2 || third.Length > 2)
                return false;
            parts = new DateParts(Number(second), Number(third), Number(first), IsIso: true);
            return true;
        }

        if (first.Length > 2 || second.Length > 2 || third.Length is not (2 or 4))
            return false;
        var year = Number(third);
        parts = new DateParts(Number(first), Number(second), third.Length == 2 ? 2000 + year : year, IsIso: false);
        return true;
    }

    private static bool IsNumber(ReadOnlySpan<char> piece) => piece.Length is >= 1 and <= 4 && !piece.ContainsAnyExceptInRange('0', '9');

    private static int Number(ReadOnlySpan<char> piece) => int.Parse(piece, NumberStyles.None, CultureInfo.InvariantCulture);
}
