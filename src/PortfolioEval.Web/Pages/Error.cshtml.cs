using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PortfolioEval.Web.Books;

namespace PortfolioEval.Web.Pages;

[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel(IStringLocalizer<SharedResource> l, IOptions<ImportOptions> import) : PageModel
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";
    public string? RequestId { get; private set; }

    // The status is read from the query by hand, not bound: binding a POST re-executed here would read its form
    // first, and an upload too large to read would leave the status unbound.
    public void OnGet() => Describe(Status());

    public void OnPost() => Describe(Status());

    private int? Status() =>
        int.TryParse(Request.Query["status"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var status) ? status : null;

    private void Describe(int? status)
    {
        (Title, Explanation) = status switch
        {
            404 => (l["Page not found"].Value, l["The page does not exist or you may not see it."].Value),
            403 => (l["Not allowed"].Value, l["Your account may not open this page."].Value),
            413 => (l["File too large"].Value, l["The file is larger than the {0} MB limit of this portal. Split the book or remove columns it does not need.", import.Value.MaxUploadMegabytes].Value),
            400 => (l["Bad request"].Value, l["The request could not be understood. Go back and try again."].Value),
            _ => (l["Something went wrong"].Value, l["We could not finish your request. Please try again in a moment."].Value),
        };
        if (status is null or >= 500)
            RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    }
}
