using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Markdig;

namespace PortfolioEval.Web.Privacy;

/// <summary>
/// The processing activities of the record of processing (GDPR Art. 30), written in Privacy/Processing.md (English) and
/// Processing.es.md (Spanish) and rendered as HTML like the privacy notice. A word in braces, such as
/// <c>{InactiveMonths}</c>, is filled in from where the portal sets it, so the record never says something the portal
/// does not do; a word the caller does not supply is an error, not a blank.
/// </summary>
public sealed partial class ProcessingRecord
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private readonly ConcurrentDictionary<string, string> _templates = new(StringComparer.Ordinal);

    public string Html(CultureInfo culture, IReadOnlyDictionary<string, double> facts)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(facts);
        var template = _templates.GetOrAdd(culture.TwoLetterISOLanguageName == "es" ? "Processing.es.md" : "Processing.md", Read);
        var text = Placeholder().Replace(template, m => facts.TryGetValue(m.Groups[1].Value, out var value)
            ? value.ToString(culture)
            : throw new KeyNotFoundException($"The record of processing needs a value for {{{m.Groups[1].Value}}}."));
        return Markdown.ToHtml(text, Pipeline);
    }

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PortfolioEval.Web.Privacy." + name)
                           ?? throw new InvalidOperationException($"{name} is not embedded in the web assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
