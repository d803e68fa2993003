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
