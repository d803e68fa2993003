using System.Collections.Concurrent;
using System.Globalization;
using Markdig;

namespace PortfolioEval.Web.Hosting;

/// <summary>
/// PRIVACY.md (English) and PRIVACY.es.md (Spanish) rendered as HTML, the same text the repository shows.
/// Raw HTML in the files is not passed through.
/// </summary>
public sealed class PrivacyNotice(IWebHostEnvironment environment)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private readonly ConcurrentDictionary<string, string> _rendered = new(StringComparer.Ordinal);

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
