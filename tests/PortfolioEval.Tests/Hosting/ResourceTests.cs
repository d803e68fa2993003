using System.Text.RegularExpressions;
using System.Xml.Linq;
using PortfolioEval.Testing;

namespace PortfolioEval.Tests.Hosting;

/// <summary>Spanish is the default language: every English text the portal shows must have its Spanish.</summary>
public partial class ResourceTests
{
    private static readonly string WebProject = Path.Combine(RepositoryFiles.Root, "src", "PortfolioEval.Web");

    [Fact]
    public void EveryLocalizedText_HasASpanishTranslation()
    {
        var spanish = XDocument.Load(Path.Combine(WebProject, "Resources", "SharedResource.es.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

        var missing = UsedKeys().Where(k => !spanish.Contains(k)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, "Missing in SharedResource.es.resx:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void SpanishResources_HoldNoUnusedTexts()
    {
        var used = UsedKeys().ToHashSet(StringComparer.Ordinal);
        var spanish = XDocument.Load(Path.Combine(WebProject, "Resources", "SharedResource.es.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!);

        var unused = spanish.Where(k => !used.Contains(k)).ToList();
        Assert.True(unused.Count == 0, "Unused in SharedResource.es.resx:\n" + string.Join("\n", unused));
    }

    /// <summary>The resource compiler keeps only the first of two names that differ in case, so the other text would show in English.</summary>
    [Fact]
    public void SpanishResources_HaveNoTwoNamesDifferingOnlyInCase()
    {
        var names = XDocument.Load(Path.Combine(WebProject, "Resources", "SharedResource.es.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!);

        var clashes = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)).ToList();
        Assert.True(clashes.Count == 0, "Names differing only in case:\n" + string.Join("\n", clashes));
    }

    [Fact]
    public void UsedKeys_AreFoundInTheSources() => Assert.Contains("Log in", UsedKeys());

    private static IEnumerable<string> UsedKeys() =>
        Directory.EnumerateFiles(WebProject, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)))
            .SelectMany(f => KeyPattern().Matches(File.ReadAllText(f)))
            .Select(m => Regex.Unescape(m.Groups["key"].Value))
            // The book value's explanations are keyed in the report and translated by their English text (BookValueTexts).
            .Concat(PortfolioEval.Scoring.BookValuation.ValuationTexts.English.Values)
            .Distinct(StringComparer.Ordinal);

    // L["..."] / l["..."] in pages and services, and the texts of validation attributes.
    [GeneratedRegex(@"(?:\b[lL]\[|ErrorMessage = |Display\(Name = )""(?<key>(?:[^""\\]|\\.)*)""")]
    private static partial Regex KeyPattern();
}
