using System.Buffers;
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

    // The most characters one Latin letter folds to, so a name's fold can be written into a buffer sized in advance.
    private static readonly int LongestLatinBase = LatinBases.Max(b => b.Length);

    public static string Fold(string text)
    {
        // Accents only exist outside ASCII; most names are plain ASCII and skip the decomposition, and most others
        // (Spanish, Portuguese) are Latin letters alone, whose decomposition is their own, one character at a time:
        // from the table, not through the Unicode library, which cost a third of a CSV import's reading.
        var latin = !text.AsSpan().ContainsAnyExceptInRange('\0', LastLatin);
        var decomposed = latin ? text : text.Normalize(NormalizationForm.FormD);
        // Each character gives at most its letters and a space before them: a buffer that size, on the stack for a name.
        var most = decomposed.Length * ((latin ? LongestLatinBase : 1) + 1);
        var rented = most <= 512 ? null : ArrayPool<char>.Shared.Rent(most);
        try
        {
            Span<char> folded = rented ?? stackalloc char[512];
            var (written, pendingSpace) = (0, false);
            foreach (var c in decomposed)
            {
                if (!latin || c <= 0x7F)
                    Add(c, folded, ref written, ref pendingSpace);
                else
                {
                    foreach (var b in LatinBases[c - 0x80])
                        Add(b, folded, ref written, ref pendingSpace);
                }
            }

            return new string(folded[..written]);
        }
        finally
        {
            // A client's name: not handed back to the pool readable.
            if (rented is not null)
                ArrayPool<char>.Shared.Return(rented, clearArray: true);
        }
    }

    private static void Add(char c, Span<char> folded, ref int written, ref bool pendingSpace)
    {
        if (c > 0x7F && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            return;
        if (char.IsLetterOrDigit(c))
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
