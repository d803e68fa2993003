using Markdig;
using PortfolioEval.Web.Storage;

namespace PortfolioEval.Web.Scoring;

/// <summary>
/// docs/SCORING.md as a page of the portal: the same text the repository holds, so the method a recruiter reads is the
/// one the code follows. The part from "## For developers" on (file names, test names) is for the repository only.
/// Raw HTML in the file is not passed through.
/// </summary>
public sealed class MethodDocument(IWebHostEnvironment environment)
{
    public const string DevelopersHeading = "## For developers";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private string? _html;

    public string Html => _html ??= Render();

    private string Render()
    {
        var text = File.ReadAllText(Path.Combine(PortfolioPaths.Root(environment.ContentRootPath), "docs", "SCORING.md"));
        var developers = text.IndexOf("\n" + DevelopersHeading, StringComparison.Ordinal);
        return Markdown.ToHtml(developers < 0 ? text : text[..developers], Pipeline);
    }
}
