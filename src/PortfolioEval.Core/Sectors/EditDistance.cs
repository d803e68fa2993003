namespace PortfolioEval.Sectors;

/// <summary>
/// Optimal string alignment distance (Damerau-Levenshtein without re-editing a transposed pair): insertions,
/// deletions, substitutions and swaps of two neighbours cost 1 each, the typing slips seen in books
/// ("technolgy", "comercio minorsita"). Stops early once the distance is sure to exceed <c>limit</c>.
/// </summary>
internal static class EditDistance
{
    /// <summary>The distance, or <c>limit + 1</c> when it is larger than <paramref name="limit"/>.</summary>
    public static int Within(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
            return limit + 1;

        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d = Math.Min(d, before[j - 2] + 1);
                current[j] = d;
                rowMin = Math.Min(rowMin, d);
            }

            if (rowMin > limit)
                return limit + 1;
            (before, previous, current) = (previous, current, before);
        }

        return Math.Min(previous[b.Length], limit + 1);
    }
}
