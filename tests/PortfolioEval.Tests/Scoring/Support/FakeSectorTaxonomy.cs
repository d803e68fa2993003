using PortfolioEval.Scoring;

namespace PortfolioEval.Tests.Scoring.Support;

/// <summary>
/// A stand-in for the ISIC taxonomy: texts map through a dictionary, and codes share a class, group or division
/// by their first 4, 3 or 2 digits, and a section through a small table of the divisions the tests use.
/// </summary>
public sealed class FakeSectorTaxonomy(IReadOnlyDictionary<string, string> codes) : ISectorTaxonomy
{
    private static readonly Dictionary<string, string> SectionOfDivision = new(StringComparer.Ordinal)
    {
        ["01"] = "A", ["07"] = "B", ["10"] = "C", ["46"] = "G", ["47"] = "G", ["62"] = "J", ["64"] = "K",
    };

    public string? Classify(string? text) => text is not null && codes.TryGetValue(text, out var code) ? code : null;

    public SectorMatchLevel CommonLevel(string code, string target)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(target);
        if (Section(code) is not { } section || section != Section(target))
            return SectorMatchLevel.None;
        var common = 0;
        while (common < Math.Min(code.Length, target.Length) && char.IsAsciiDigit(code[common]) && code[common] == target[common])
            common++;
        return common switch
        {
            >= 4 => SectorMatchLevel.Class,
            3 => SectorMatchLevel.Group,
            2 => SectorMatchLevel.Division,
            _ => SectorMatchLevel.Section,
        };
    }

    private static string? Section(string code) =>
        code.Length == 1 ? code
        : code.Length >= 2 && SectionOfDivision.TryGetValue(code[..2], out var section) ? section
        : null;
}
