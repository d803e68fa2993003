using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Markdig;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Privacy;

/// <summary>
/// PRIVACY.md (English) and PRIVACY.es.md (Spanish) rendered as HTML, the same text the repository shows.
/// Raw HTML in the files is not passed through.
/// </summary>
public sealed partial class PrivacyNotice(IWebHostEnvironment environment)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private readonly ConcurrentDictionary<string, string> _rendered = new(StringComparer.Ordinal);

    private string? _version;

    /// <summary>
    /// The notice's version, as printed in its first lines (<c>*Version 4 · ...*</c>): what a consent records the
    /// candidate was shown. Both languages carry the same number; the English file is the reference.
    /// </summary>
    public string Version => _version ??= ReadVersion();

    private string ReadVersion()
    {
        var path = Path.Combine(PortfolioPaths.Root(environment.ContentRootPath), "PRIVACY.md");
        var match = VersionLine().Match(File.ReadAllText(path));
        return match.Success ? match.Groups[1].Value : throw new InvalidDataException("PRIVACY.md does not say its version ('*Version N ·').");
    }

    [GeneratedRegex(@"^\*Version ([0-9A-Za-z.\-]+) ", RegexOptions.Multiline)]
    private static partial Regex VersionLine();

    public string Html(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var file = culture.TwoLetterISOLanguageName == "es" ? "PRIVACY.es.md" : "PRIVACY.md";
        return _rendered.GetOrAdd(file, name =>
        {
            var path = Path.Combine(PortfolioPaths.Root(environment.ContentRootPath), name);
            return Markdown.ToHtml(File.ReadAllText(path), Pipeline);
        });
    }
}
