using System.Collections.Frozen;
using System.Globalization;

namespace PortfolioEval.Sectors;

/// <summary>
/// The ISIC codes as a tree: look-up by code, parent and children, the chain from a section down to a code. Checks
/// the tree on construction (every parent exists one level up, no duplicate), so a broken data file fails at once.
/// </summary>
internal sealed class IsicTree
{
    private readonly FrozenDictionary<string, IsicCode> byCode;
    private readonly FrozenDictionary<string, IsicCode[]> children;

    public IsicTree(IReadOnlyList<IsicCode> codes)
    {
        All = codes;
        var map = new Dictionary<string, IsicCode>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (!map.TryAdd(code.Code, code))
                throw new InvalidDataException($"ISIC code {code.Code} appears twice.");
            if (code.Parent is not null
                && (!map.TryGetValue(code.Parent, out var parent) || parent.Level != code.Level - 1))
                throw new InvalidDataException($"ISIC code {code.Code} has no parent {code.Parent} one level up before it.");
        }

        byCode = map.ToFrozenDictionary(StringComparer.Ordinal);
        children = codes.Where(c => c.Parent is not null)
            .GroupBy(c => c.Parent!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyList<IsicCode> All { get; }

    /// <summary>The code as written ("0710", " b "), or null when it is not an ISIC Rev.4 code.</summary>
    public IsicCode? Find(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
            return null;
        return byCode.GetValueOrDefault(code.Trim().ToUpper(CultureInfo.InvariantCulture));
    }

    public IReadOnlyList<IsicCode> Children(IsicCode code) => children.GetValueOrDefault(code.Code) ?? [];

    /// <summary>From the section down to the code itself: A, 01, 011, 0111.</summary>
    public IReadOnlyList<IsicCode> Lineage(IsicCode code)
    {
        var chain = new IsicCode[(int)code.Level + 1];
        for (IsicCode? at = code; at is not null; at = at.Parent is null ? null : byCode[at.Parent])
            chain[(int)at.Level] = at;
        return chain;
    }

    /// <summary>
    /// The deepest code with the same activities: while a code has a single child, the child covers exactly what
    /// the parent does (P Education = 85 Education; 41 = 410 = 4100 Construction of buildings), so the deeper code
    /// loses nothing and matches an opening's class as a class.
    /// </summary>
    public IsicCode Deepest(IsicCode code)
    {
        while (Children(code) is [var only])
            code = only;
        return code;
    }

    /// <summary>The deepest code both codes descend from (or are), or null when they share no section.</summary>
    public IsicCode? CommonAncestor(IsicCode a, IsicCode b)
    {
        var left = Lineage(a);
        var right = Lineage(b);
        IsicCode? common = null;
        for (var i = 0; i < Math.Min(left.Count, right.Count) && ReferenceEquals(left[i], right[i]); i++)
            common = left[i];
        return common;
    }
}
