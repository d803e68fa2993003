using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Web.Messaging;
using PortfolioEval.Web.Recruiting;

namespace PortfolioEval.Web.Pages.Recruiter;

/// <summary>
/// A recruiter's thread with one candidate, and the contact details the candidate chose to give: only while the
/// candidate's consent to the recruiter's company holds (the consent gate decides), "not found" otherwise.
/// </summary>
[CompanyMember]
public class MessagesModel(ApplicationThreads threads) : PageModel
{
    [BindProperty] public MessageInput Input { get; set; } = new();

    public ApplicationThread Thread { get; private set; } = null!;

    [BindProperty(SupportsGet = true)] public bool Sent { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid consentId, CancellationToken cancellation)
    {
        if (await threads.ForCompanyAsync(User, consentId, cancellation) is not { } thread)
            return NotFound();
        Thread = thread;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid consentId, CancellationToken cancellation)
    {
        if (await threads.ForCompanyAsync(User, consentId, cancellation) is not { } thread)
            return NotFound();
        Thread = thread;
        if (!ModelState.IsValid)
        {
            var page = Page();
            page.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return page;
        }
        return await threads.SendFromCompanyAsync(User, consentId, Input.Text, cancellation)
            ? RedirectToPage(new { consentId, sent = true })
            : NotFound();
    }
}
