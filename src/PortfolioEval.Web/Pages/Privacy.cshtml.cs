using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Web.Privacy;

namespace PortfolioEval.Web.Pages;

public class PrivacyModel(PrivacyNotice notice) : PageModel
{
    /// <summary>Rendered from the repository's Markdown with raw HTML disabled, so it is safe to emit as is.</summary>
    public string Html { get; private set; } = "";

    public void OnGet() => Html = notice.Html(CultureInfo.CurrentUICulture);
}
