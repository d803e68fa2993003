using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Messaging;

namespace PortfolioEval.Web.Pages.Candidate.Applications;

/// <summary>The candidate's thread with the company about one application: readable always, writable while the consent holds.</summary>
public class MessagesModel(ApplicationThreads threads) : PageModel
{
    [BindProperty] public MessageInput Input { get; set; } = new();

    public ApplicationThread Thread { get; private set; } = null!;

    /// <summary>True right after a message was sent.</summary>
    [BindProperty(SupportsGet = true)] public bool Sent { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellation)
    {
        if (await threads.ForCandidateAsync(User.Id(), id, cancellation) is not { } thread)
            return NotFound();
        Thread = thread;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellation)
    {
        if (await threads.ForCandidateAsync(User.Id(), id, cancellation) is not { } thread)
            return NotFound();
        Thread = thread;
        if (!ModelState.IsValid || !thread.CanWrite)
        {
            var page = Page();
            page.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return page;
        }
        return await threads.SendFromCandidateAsync(User.Id(), id, Input.Text, cancellation)
            ? RedirectToPage(new { id, sent = true })
            : NotFound();
    }
}
