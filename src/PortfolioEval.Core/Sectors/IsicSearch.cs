using System.Globalization;

namespace PortfolioEval.Sectors;

/// <summary>
/// The searchable sector picker: codes whose code starts with the query ("07", "B") or whose titles and synonyms
/// have a word starting with each query word ("miner", "comercio menor"), folded for case and accents. Ranked by how
/// well each word matched (a whole word over a prefix, the reader's language over the other, a one-letter slip
/// last, a query that is a whole title or synonym first), then broader codes first, then tree order. Codes under a code reached through a synonym rank higher, so
/// "miner" lists mining (section B) before "non-metallic mineral products".
/// </summary>
internal sealed class IsicSearch
{
    private const double SubtreeBonus = 2;
    private const double WholePhraseBonus = 3;
    private readonly IsicTree tree;
    private readonly Entry[] entries;

    public IsicSearch(IsicTree tree)
    {
        this.tree = tree;
        var aliases = SectorSynonyms.Table
            .GroupBy(s => tree.Find(s.Code)!.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(s => s.Words).ToArray(), StringComparer.Ordinal);
        entries = tree.All.Select((code, order) =>
        {
            var synonyms = aliases.GetValueOrDefault(code.Code) ?? [];
            return new Entry(
                code,
                order,
                Distinct([code.TitleEs]),
                Distinct([code.TitleEn]),
                Distinct(synonyms),
                [.. synonyms.Append(code.TitleEs).Append(code.TitleEn).Select(SectorText.Key).Distinct(StringComparer.Ordinal)]);
        }).ToArray();
    }

    public IReadOnlyList<IsicCode> Search(string query, CultureInfo language, int max)
    {
        ArgumentNullException.ThrowIfNull(language);
        query ??= "";
        var words = SectorText.Words(query);
        if (words.Length == 0 || max <= 0)
            return [];

        var spanish = IsicCode.IsSpanish(language);
        var phrase = SectorText.Key(query);
        var scored = new List<(Entry Entry, double Score, bool ViaAlias)>();
        foreach (var entry in entries)
        {
            var (score, viaAlias) = Score(entry, words, spanish);
            if (score > 0)
                scored.Add((entry, score + (entry.Phrases.Contains(phrase) ? WholePhraseBonus : 0), viaAlias));
        }

        var anchors = scored.Where(s => s.ViaAlias).Select(s => s.Entry.Code).ToList();
        return scored
            .Select(s => (s.Entry, Score: s.Score + (anchors.Exists(a => IsWithin(s.Entry.Code, a)) ? SubtreeBonus : 0)))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Entry.Code.Level)
            .ThenBy(s => s.Entry.Order)
            .Take(max)
            .Select(s => s.Entry.Code)
            .ToList();
    }

    // The sum over query words of each word's best match; 0 when any query word matches nothing.
    private static (double Score, bool ViaAlias) Score(Entry entry, string[] words, bool spanish)
    {
        var total = 0.0;
        var viaAlias = false;
        foreach (var word in words)
        {
            var code = CodeScore(entry.Code.Code, word);
            var own = WordScore(spanish ? entry.Es : entry.En, word);
            var other = WordScore(spanish ? entry.En : entry.Es, word) / 2;
            var alias = WordScore(entry.Aliases, word);
            var best = Math.Max(Math.Max(code, own), Math.Max(other, alias));
            if (best == 0)
                return (0, false);
            viaAlias |= alias > 0 && alias >= own;
            total += best;
        }

        return (total, viaAlias);
    }

    private static double CodeScore(string code, string word)
    {
        var upper = word.ToUpperInvariant();
        if (string.Equals(code, upper, StringComparison.Ordinal))
            return 6;
        return upper.All(char.IsAsciiDigit) && code.StartsWith(upper, StringComparison.Ordinal) ? 5 : 0;
    }

    // 4 for a whole word, 3 for a prefix, 1 for a whole word one slip away (words of 5 letters or more).
    private static double WordScore(string[] titleWords, string word)
    {
        var best = 0.0;
        foreach (var candidate in titleWords)
        {
            if (string.Equals(candidate, word, StringComparison.Ordinal))
                return 4;
            if (candidate.StartsWith(word, StringComparison.Ordinal))
                best = 3;
            else if (best < 1 && word.Length >= 5 && candidate[0] == word[0] && EditDistance.Within(word, candidate, 1) <= 1)
                best = 1;
        }

        return best;
    }

    private bool IsWithin(IsicCode code, IsicCode ancestor) =>
        tree.Lineage(code).Any(c => ReferenceEquals(c, ancestor));

    private static string[] Distinct(IEnumerable<string> texts) =>
        texts.SelectMany(SectorText.Words).Distinct(StringComparer.Ordinal).ToArray();

    // Phrases: the keys of the whole titles and synonyms, so that "banca" ranks the code whose synonym is exactly
    // "Banca" (6419) above the one that merely has "Banca y seguros" (K).
    private sealed record Entry(IsicCode Code, int Order, string[] Es, string[] En, string[] Aliases, string[] Phrases);
}
