using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PortfolioEval.Web.Recruiting;
using PortfolioEval.Web.Webhooks;
using PortfolioEval.Webhooks;

namespace PortfolioEval.Web.Pages.Recruiter;

/// <summary>
/// The company admin's webhook endpoints: add one (its signing secret shown this once), see each delivery's last
/// answer, remove one. Deliveries carry ids only; the receiver reads a report with an API key.
/// </summary>
[CompanyAdmin]
public class WebhooksModel(WebhookEndpoints endpoints, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<EndpointView> Endpoints { get; private set; } = [];

    /// <summary>The signing secret of the endpoint just added; shown on this response only.</summary>
    public string? NewSecret { get; private set; }

    [BindProperty] public EndpointInput Input { get; set; } = new();

    /// <summary>Each event with what it means, in the order the form shows them.</summary>
    public IReadOnlyList<(WebhookEvent Event, string Text)> EventTexts =>
    [
        (WebhookEvent.ApplicationReceived, l["A candidate applied to an opening"]),
        (WebhookEvent.ConsentGranted, l["A candidate shared a report with the company"]),
        (WebhookEvent.ConsentRevoked, l["A candidate revoked their consent"]),
        (WebhookEvent.ConsentExpired, l["A consent expired"]),
        (WebhookEvent.StatusChanged, l["A recruiter changed an application's status"]),
    ];

    public async Task OnGetAsync(CancellationToken cancellation) =>
        Endpoints = await endpoints.ListAsync(HttpContext.CompanyMember().Company.Id, cancellation);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellation)
    {
        var member = HttpContext.CompanyMember();
        var events = Input.Events.Aggregate(WebhookEvent.None, (all, e) => all | e);
        if (!WebhookEvents.IsValid(events))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Events)}", l["Choose at least one event."]);
        if (ModelState.IsValid)
        {
            var (_, secret, problem) = await endpoints.RegisterAsync(member.Company.Id, member.User.Id, Input.Url, events, cancellation);
            if (problem is null)
            {
                NewSecret = secret;
                Input = new EndpointInput();
                ModelState.Clear();
            }
            else
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Url)}", problem switch
                {
                    WebhookUrlProblem.NotHttps => l["The address must start with https:// (deliveries carry your company's data)."],
                    WebhookUrlProblem.PrivateNetwork => l["This address leads to a private or internal network; give an address reachable on the internet."],
                    WebhookUrlProblem.Unresolvable => l["This address's name could not be found; check it is spelt right and reachable on the internet."],
                    _ => l["Give the full address, such as https://ats.example.com/hooks/portfolioeval."],
                });
        }
        Endpoints = await endpoints.ListAsync(member.Company.Id, cancellation);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken cancellation) =>
        await endpoints.RemoveAsync(HttpContext.CompanyMember().Company.Id, id, cancellation) ? RedirectToPage() : NotFound();

    public sealed class EndpointInput
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [StringLength(WebhookUrl.MaxLength, ErrorMessage = "The {0} field must be at most {1} characters long.")]
        [Display(Name = "Address")]
        public string Url { get; set; } = "";

        public List<WebhookEvent> Events { get; set; } = [];
    }
}
