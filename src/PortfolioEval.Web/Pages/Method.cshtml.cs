using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Web.Scoring;

namespace PortfolioEval.Web.Pages;

/// <summary>How every score is computed: the scoring method, open to anyone, candidates and companies alike.</summary>
public class MethodModel(MethodDocument method) : PageModel
{
    /// <summary>Rendered from the repository's Markdown with raw HTML disabled, so it is safe to emit as is.</summary>
    public string Html { get; private set; } = "";

    public void OnGet() => Html = method.Html;
}
