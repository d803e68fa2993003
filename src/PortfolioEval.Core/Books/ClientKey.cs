namespace PortfolioEval.Books;

/// <summary>
/// The key that decides which rows belong to the same client: "Distribuidora Andina S.A.C.", "DISTRIBUIDORA ANDINA SAC"
/// and "Distribuidora Andina" are one client. The privacy layer pseudonymises this key, so it must be stable.
/// </summary>
public static class ClientKey
{
    // Legal-form suffixes, written without spaces: "S.A.C." folds to "s a c" and is compared as "sac".
    private static readonly HashSet<string> LegalSuffixes = new(StringComparer.Ordinal)
    {
        "sac", "saa", "sa", "srl", "eirl", "sas", "spa", "ltda", "ltd", "limitada", "inc", "llc", "llp", "plc",
        "corp", "corporation", "gmbh", "ag", "bv", "nv", "sadecv", "sderl", "sderldecv", "sapi", "sapidecv",
        "cia", "ycia", "cialtda", "ycialtda", "ciasa", "yciasa", "co", "yco", "company", "ycompany",
    };

    /// <summary>Folds a client name to its key; empty when the name has no letters or digits.</summary>
    public static string Normalise(string name)
    {
        // The folded name has single spaces between its words, so the key is a prefix of it: one string, no words.
        var folded = TextFold.Fold(name);
        var kept = WithoutLegalForms(folded);
        return kept == folded.Length ? folded : folded[..kept];
    }

    /// <summary>
    /// Whether <paramref name="text"/> is its own key: plain lower-case letters and digits in words one space apart,
    /// ending in no legal form. A key read from a book always is, so pseudonymising it need not fold it again.
    /// </summary>
    public static bool IsKey(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text[0] == ' ' || text[^1] == ' ')
            return false;
        var tokens = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                if (text[i - 1] == ' ')
                    return false;
                tokens++;
            }
            else if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterLower(c))
                return false;
        }

        // As StripSuffix: the last one to five tokens (never all of them), spelled without spaces, are no legal form.
        var suffixes = LegalSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> spelled = stackalloc char[32];
        var length = 0;
        var end = text.Length;
        for (var take = 1; take <= Math.Min(5, tokens - 1); take++)
        {
            var start = text[..end].LastIndexOf(' ') + 1;
            var token = text[start..end];
            if (length + token.Length > spelled.Length)
                return true; // longer than any legal form: nothing further can match
            spelled[..length].CopyTo(spelled[token.Length..]);
            token.CopyTo(spelled);
            length += token.Length;
            if (suffixes.Contains(spelled[..length]))
                return false;
            end = start - 1;
        }

        return true;
    }

    // The length of the folded text without its trailing legal forms: the longest run of trailing words (up to 5, for
    // "s de r l de c v", never all of them) that spells one is cut, then again ("Andina Cia. Ltda." carries two).
    private static int WithoutLegalForms(ReadOnlySpan<char> folded)
    {
        var suffixes = LegalSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> spelled = stackalloc char[32];
        var end = folded.Length;
        while (true)
        {
            var words = end == 0 ? 0 : folded[..end].Count(' ') + 1;
            var (cut, length, kept) = (end, 0, end);
            for (var take = 1; take <= Math.Min(5, words - 1); take++)
            {
                var start = folded[..cut].LastIndexOf(' ') + 1;
                var word = folded[start..cut];
                if (length + word.Length > spelled.Length)
                    break; // longer than any legal form: nothing further can match
                spelled[..length].CopyTo(spelled[word.Length..]);
                word.CopyTo(spelled);
                length += word.Length;
                if (suffixes.Contains(spelled[..length]))
                    kept = start - 1;
                cut = start - 1;
            }

            if (kept == end)
                return end;
            end = kept;
        }
    }
}
