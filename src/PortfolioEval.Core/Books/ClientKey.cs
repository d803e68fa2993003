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
        var tokens = TextFold.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (tokens.Count > 1 && StripSuffix(tokens))
        {
            // Strip repeatedly: "Andina Cia. Ltda." carries two suffixes.
        }

        return string.Join(' ', tokens);
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

    // Removes the longest run of trailing tokens (up to 5, for "s de r l de c v") that spells a legal form.
    private static bool StripSuffix(List<string> tokens)
    {
        var matched = 0;
        var spelled = "";
        for (var take = 1; take <= Math.Min(5, tokens.Count - 1); take++)
        {
            spelled = tokens[^take] + spelled;
            if (LegalSuffixes.Contains(spelled))
                matched = take;
        }

        tokens.RemoveRange(tokens.Count - matched, matched);
        return matched > 0;
    }
}
