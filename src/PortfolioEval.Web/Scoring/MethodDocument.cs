using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Scoring;

/// <summary>
/// docs/SCORING.md as a page of the portal: the same text the repository holds, so the method a recruiter reads is the
/// one the code follows. The part from "## For developers" on (file names, test names) is for the repository only.
/// Raw HTML in the file is not passed through. A chart the document shows beside it (an SVG in docs/) is inlined as a
/// data URI, so the page needs no route to the repository's files.
/// </summary>
public sealed class MethodDocument(IWebHostEnvironment environment)
{
    public const string DevelopersHeading = "## For developers";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private string? _html;

    public string Html => _html ??= Render();

    private string Render()
    {
        var docs = Path.Combine(PortfolioPaths.Root(environment.ContentRootPath), "docs");
        var text = File.ReadAllText(Path.Combine(docs, "SCORING.md"));
        var developers = text.IndexOf("\n" + DevelopersHeading, StringComparison.Ordinal);
        var document = Markdown.Parse(developers < 0 ? text : text[..developers], Pipeline);
        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage && IsChartBeside(l.Url)))
            image.Url = "data:image/svg+xml;base64," + Convert.ToBase64String(File.ReadAllBytes(Path.Combine(docs, image.Url!)));
        return document.ToHtml(Pipeline);
    }

    // Only a plain file name next to the document: never a path that could leave docs/.
    private static bool IsChartBeside(string? url) =>
        url is not null && url.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) && Path.GetFileName(url) == url && !url.Contains("..", StringComparison.Ordinal);
}
