using System.Globalization;
using PortfolioEval.Scoring;

namespace PortfolioEval.Sectors;

/// <summary>
/// ISIC Rev.4 (CIIU Rev.4) with English and Spanish titles: the 766 codes, their tree, a searchable picker, and the
/// two things scoring needs: which code a book's free-text sector means, and how deep two codes match. Loaded once
/// from the CSV embedded in this assembly; immutable and safe to share between threads, so use
/// <see cref="Instance"/> (a DI singleton) rather than building another.
/// </summary>
public sealed class IsicTaxonomy : ISectorTaxonomy
{
    private static readonly Lazy<IsicTaxonomy> Shared = new(() => new IsicTaxonomy(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly IsicTree tree;
    private readonly SectorClassifier classifier;
    private readonly IsicSearch search;

    private IsicTaxonomy()
    {
        tree = new IsicTree(IsicCsv.LoadEmbedded());
        classifier = new SectorClassifier(tree);
        search = new IsicSearch(tree);
    }

    public static IsicTaxonomy Instance => Shared.Value;

    /// <summary>Every code in tree order (depth-first: A, 01, 011, 0111, 0112, ...).</summary>
    public IReadOnlyList<IsicCode> All => tree.All;

    /// <summary>The code as written (surrounding spaces and a lower-case section letter are fine), or null.</summary>
    public IsicCode? Find(string code) => tree.Find(code);

    /// <summary>The code one level up, or null for a section or an unknown code.</summary>
    public IsicCode? Parent(string code) => tree.Find(code)?.Parent is { } parent ? tree.Find(parent) : null;

    /// <summary>The codes above a code, nearest first: class → group → division → section. Empty when unknown.</summary>
    public IReadOnlyList<IsicCode> Ancestors(string code) =>
        tree.Find(code) is { } found ? tree.Lineage(found).Reverse().Skip(1).ToList() : [];

    /// <summary>From the section down to the code itself, for a breadcrumb: B › 07 › 071 › 0710.</summary>
    public IReadOnlyList<IsicCode> Path(string code) => tree.Find(code) is { } found ? tree.Lineage(found) : [];

    /// <summary>The codes one level down, in tree order.</summary>
    public IReadOnlyList<IsicCode> Children(string code) => tree.Find(code) is { } found ? tree.Children(found) : [];

    /// <summary>
    /// Codes for a picker, best first: by code prefix ("07") or by words of the titles in either language and of the
    /// synonyms ("miner", "comercio menor"), ignoring case and accents. <paramref name="language"/> chooses which
    /// title ranks first (Spanish for any "es" culture, English otherwise); it does not filter.
    /// </summary>
    public IReadOnlyList<IsicCode> Search(string query, CultureInfo language, int max = 20) =>
        search.Search(query, language, max);

    /// <inheritdoc />
    public string? Classify(string? text) => classifier.Classify(text)?.Code;

    /// <inheritdoc />
    /// <remarks>Codes may be of any level: "B" and "0710" share their section. An unknown code shares nothing.</remarks>
    public SectorMatchLevel CommonLevel(string code, string target)
    {
        var a = tree.Find(code);
        var b = tree.Find(target);
        var common = a is null || b is null ? null : tree.CommonAncestor(a, b);
        return common?.Level switch
        {
            null => SectorMatchLevel.None,
            IsicLevel.Section => SectorMatchLevel.Section,
            IsicLevel.Division => SectorMatchLevel.Division,
            IsicLevel.Group => SectorMatchLevel.Group,
            _ => SectorMatchLevel.Class,
        };
    }
}
