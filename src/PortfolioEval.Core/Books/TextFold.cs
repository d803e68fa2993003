using System.Globalization;
using System.Text;

namespace PortfolioEval.Books;

/// <summary>
/// Folds text for matching: no accents, no case, punctuation as spaces, single spaces.
/// "Fecha Último-Contacto" and "fecha ultimo contacto" fold to the same string.
/// </summary>
internal static class TextFold
{
    public static string Fold(string text)
    {
        // Accents only exist outside ASCII; most names are plain ASCII and skip the decomposition.
        var decomposed = System.Text.Ascii.IsValid(text) ? text : text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (c > 0x7F && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
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

        return builder.ToString();
    }

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
