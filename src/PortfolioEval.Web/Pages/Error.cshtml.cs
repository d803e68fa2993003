using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace PortfolioEval.Web.Pages;

[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel(IStringLocalizer<SharedResource> l) : PageModel
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";
    public string? RequestId { get; private set; }

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        (Title, Explanation) = status switch
        {
            404 => (l["Page not found"].Value, l["The page does not exist or you may not see it."].Value),
            403 => (l["Not allowed"].Value, l["Your account may not open this page."].Value),
            413 => (l["File too large"].Value, l["The file is larger than this portal accepts. Split the book or remove columns it does not need."].Value),
            400 => (l["Bad request"].Value, l["The request could not be understood. Go back and try again."].Value),
            _ => (l["Something went wrong"].Value, l["We could not finish your request. Please try again in a moment."].Value),
        };
        if (status is null or >= 500)
            RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    }
}
