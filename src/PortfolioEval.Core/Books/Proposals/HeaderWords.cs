using System.Text;

namespace PortfolioEval.Books;

/// <summary>
/// Reads a header as words: split where the case changes (<c>CustomerName</c>), at digits (<c>ADDRESSLINE1</c>),
/// <c>_</c>, <c>.</c>, <c>-</c> and spaces, then folded (<see cref="TextFold"/>). A header written as one word in one
/// case (<c>CUSTOMERNAME</c>, <c>fechaultimocontacto</c>) is cut into words the synonym table knows, when it can be
/// cut into them completely; otherwise it is left whole, so no word is invented.
/// </summary>
internal static class HeaderWords
{
    // Longer one-word headers than this are not segmented: nobody writes forty letters without a break.
    private const int MaxSegmentedLength = 40;

    /// <summary>The header's words, folded and separated by single spaces.</summary>
    public static string Split(string header)
    {
        var folded = TextFold.Fold(SplitCase(header));
        if (folded.Length == 0)
            return folded;
        var words = folded.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (!HeaderSynonyms.Vocabulary.Contains(words[i]) && Segment(words[i]) is { } cut)
                words[i] = cut;
        }
        return string.Join(' ', words);
    }

    // "CustomerName" -> "Customer Name", "ADDRESSLINE1" -> "ADDRESSLINE 1", "VATNumber" -> "VAT Number".
    private static string SplitCase(string header)
    {
        var builder = new StringBuilder(header.Length + 8);
        for (var i = 0; i < header.Length; i++)
        {
            var c = header[i];
            if (i > 0)
            {
                var previous = header[i - 1];
                var next = i + 1 < header.Length ? header[i + 1] : ' ';
                var lowerToUpper = char.IsLower(previous) && char.IsUpper(c);
                var acronymEnd = char.IsUpper(previous) && char.IsUpper(c) && char.IsLower(next);
                var digitEdge = char.IsLetter(previous) && char.IsDigit(c) || char.IsDigit(previous) && char.IsLetter(c);
                if (lowerToUpper || acronymEnd || digitEdge)
                    builder.Append(' ');
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>
    /// Cuts a word into known words, fewest pieces first ("customername" -> "customer name"); null when it cannot be
    /// cut into known words only.
    /// </summary>
    internal static string? Segment(string word)
    {
        if (word.Length < 5 || word.Length > MaxSegmentedLength || !word.All(char.IsAsciiLetter))
            return null;
        // best[i]: fewest known words covering word[..i], and where the last one starts.
        var best = new (int Pieces, int From)[word.Length + 1];
        for (var i = 1; i <= word.Length; i++)
        {
            best[i] = (int.MaxValue, -1);
            for (var from = 0; from <= i - 2; from++)
            {
                if (best[from].Pieces == int.MaxValue && from > 0)
                    continue;
                var pieces = (from == 0 ? 0 : best[from].Pieces) + 1;
                if (pieces < best[i].Pieces && HeaderSynonyms.Vocabulary.Contains(word[from..i]))
                    best[i] = (pieces, from);
            }
        }

        if (best[word.Length].From < 0 || best[word.Length].Pieces < 2)
            return null;
        var parts = new List<string>();
        for (var end = word.Length; end > 0; end = best[end].From)
            parts.Add(word[best[end].From..end]);
        parts.Reverse();
        return string.Join(' ', parts);
    }
}
