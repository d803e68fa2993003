using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace PortfolioEval.Sectors;

/// <summary>
/// Maps the free-text sector of a client book to an ISIC code, or to null when that would be a guess. In order:
/// a code typed as such ("4711", "CIIU 4711"); an exact synonym (<see cref="SectorSynonyms"/>) or exact title, with
/// and without filler words ("Sector minero"); a near spelling of one ("technolgy"); and a list of sectors
/// ("Banca y seguros", "Minería / Petróleo") mapped part by part to the deepest code all parts share.
/// </summary>
internal sealed partial class SectorClassifier
{
    private readonly IsicTree tree;

    // Key → code; a null code marks a key that names codes in different branches (never chosen, never guessed).
    private readonly FrozenDictionary<string, IsicCode?> exact;
    private readonly FrozenSet<string> notSectors;
    private readonly (string Key, IsicCode? Code)[] fuzzy;

    public SectorClassifier(IsicTree tree)
    {
        this.tree = tree;
        var keys = new Dictionary<string, IsicCode?>(StringComparer.Ordinal);
        foreach (var (code, words) in SectorSynonyms.Table)
        {
            var target = tree.Find(code) ?? throw new InvalidDataException($"Sector synonym code {code} is not an ISIC code.");
            foreach (var key in words.Select(SectorText.Key))
            {
                if (keys.TryGetValue(key, out var other) && other != target)
                    throw new InvalidDataException($"The sector synonym '{key}' maps to {other?.Code} and {code}.");
                keys[key] = target;
            }
        }

        var titles = new Dictionary<string, IsicCode?>(StringComparer.Ordinal);
        foreach (var code in tree.All)
        {
            foreach (var key in new[] { SectorText.Key(code.TitleEs), SectorText.Key(code.TitleEn) })
                titles[key] = titles.TryGetValue(key, out var other) ? SameBranch(other, code) : code;
        }

        foreach (var (key, code) in titles)
            keys.TryAdd(key, code);

        exact = keys.ToFrozenDictionary(StringComparer.Ordinal);
        notSectors = SectorSynonyms.NotSectors.Select(SectorText.Key).ToFrozenSet(StringComparer.Ordinal);
        fuzzy = [.. exact.Select(p => (p.Key, p.Value)), .. notSectors.Select(k => (k, (IsicCode?)null))];
    }

    public IsicCode? Classify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;

        var found = Typed(text) ?? Whole(text) ?? Parts(text);
        return found is null ? null : tree.Deepest(found);
    }

    private IsicCode? Typed(string text)
    {
        var words = SectorText.Words(text).SkipWhile(w => w is "ciiu" or "isic").ToArray();
        return words is [var code] && code.Length is >= 2 and <= 4 && code.All(char.IsAsciiDigit) ? tree.Find(code) : null;
    }

    private IsicCode? Whole(string text)
    {
        var key = SectorText.Key(text);
        if (key.Length == 0)
            return null;
        if (exact.TryGetValue(key, out var code))
            return code;
        if (notSectors.Contains(key))
            return null;

        var bare = SectorText.WithoutFiller(key);
        if (bare.Length > 0 && !string.Equals(bare, key, StringComparison.Ordinal))
        {
            if (exact.TryGetValue(bare, out code))
                return code;
            if (notSectors.Contains(bare))
                return null;
        }

        return Near(key) ?? (bare.Length > 0 ? Near(bare) : null);
    }

    // A near spelling counts only when it is clearly nearest: every key at the smallest distance means one code and
    // any key meaning another is at least two edits farther ("comercio minorsita" is one slip from "minorista",
    // three from "mayorista"). Reach is strict: short words must be exact ("Audio" is not "Audit"), and the first
    // letter must match ("Rental" is not "Dental").
    private IsicCode? Near(string key)
    {
        var limit = key.Length switch { < 6 => 0, < 10 => 1, < 16 => 2, _ => 3 };
        if (limit == 0)
            return null;

        var nearest = fuzzy
            .Where(c => c.Key.Length > 0 && c.Key[0] == key[0])
            .Select(c => (c.Code, Distance: EditDistance.Within(key, c.Key, limit)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .ToList();
        if (nearest.Count == 0)
            return null;

        var (best, distance) = nearest[0];
        var clear = nearest.TrueForAll(c => ReferenceEquals(c.Code, best) || c.Distance >= distance + 2);
        return clear ? best : null;
    }

    // "Banca y seguros" → 6419 and 651 → K. Every part must map; parts in different sections give null.
    private IsicCode? Parts(string text)
    {
        var parts = Separators().Split(text).Where(p => !string.IsNullOrWhiteSpace(p)).ToArray();
        if (parts.Length < 2)
            return null;

        IsicCode? common = null;
        foreach (var part in parts)
        {
            var code = Whole(part);
            if (code is null)
                return null;
            common = common is null ? code : tree.CommonAncestor(common, code);
            if (common is null)
                return null;
        }

        return common;
    }

    // Two codes with the same title: the deeper one when one holds the other (089 and 0899 alike), else neither.
    private IsicCode? SameBranch(IsicCode? a, IsicCode b)
    {
        if (a is null)
            return null;
        var common = tree.CommonAncestor(a, b);
        return common == a ? b : common == b ? a : null;
    }

    [GeneratedRegex(@"\s*(?:[/,;+&|]|\s-\s|\s(?:y|e|o|u|and|or)\s)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Separators();
}
