using System.Globalization;
using System.Text;

namespace PortfolioEval.Books;

/// <summary>
/// Folds text for matching: no accents, no case, punctuation as spaces, single spaces.
/// "Fecha Último-Contacto" and "fecha ultimo contacto" fold to the same string.
/// </summary>
internal static class TextFold
{
    // The Latin letters with accents, U+0080 to U+024F, each as its decomposition without its marks ("é" is "e"),
    // made once from the same Unicode decomposition Fold applies to other text.
    private const char LastLatin = '\u024F';
    private static readonly string[] LatinBases = [.. Enumerable.Range(0x80, LastLatin - 0x80 + 1).Select(c => WithoutMarks(((char)c).ToString().Normalize(NormalizationForm.FormD)))];

    public static string Fold(string text)
    {
        // Accents only exist outside ASCII; most names are plain ASCII and skip the decomposition, and most others
        // (Spanish, Portuguese) are Latin letters alone, whose decomposition is their own, one character at a time:
        // from the table, not through the Unicode library, which cost a third of a CSV import's reading.
        var latin = !text.AsSpan().ContainsAnyExceptInRange('\0', LastLatin);
        var decomposed = latin ? text : text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        void Add(char c)
        {
            if (c > 0x7F && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                return;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                    builder.Append(' ');
                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        foreach (var c in decomposed)
        {
            if (!latin || c <= 0x7F)
                Add(c);
            else
            {
                foreach (var b in LatinBases[c - 0x80])
                    Add(b);
            }
        }

        return builder.ToString();
    }

    private static string WithoutMarks(string decomposed) =>
        string.Concat(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark));

    /// <summary>
    /// <see cref="Fold"/> of an ASCII text into <paramref name="folded"/> (at least as long as the text), without a
    /// string: the same characters, for the pseudonyms of a large book.
    /// </summary>
    public static int FoldAscii(ReadOnlySpan<char> text, Span<char> folded)
    {
        var written = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingSpace && written > 0)
                    folded[written++] = ' ';
                pendingSpace = false;
                folded[written++] = char.ToLowerInvariant(c);
            }
            else
            {
                pendingSpace = true;
            }
        }

        return written;
    }
}
