using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PortfolioEval.Accounts;
using PortfolioEval.Notifications;
using PortfolioEval.Recruiting;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Consent;
using PortfolioEval.Web.Notifications;

namespace PortfolioEval.Web.Pages.Notifications;

/// <summary>What the person was told, newest first; opening the list marks it read. A reminder renews with one click.</summary>
public class IndexModel(NotificationLists lists, ConsentGrants grants, ConsentNotices notices, UserManager<ApplicationUser> users,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record Item(NotificationLists.Entry Entry, string Text, string? Link, bool Unread, bool CanRenew);

    public IReadOnlyList<Item> Items { get; private set; } = [];

    /// <summary>A consent just renewed, to confirm on arrival.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Renewed { get; set; }

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        var userId = User.Id();
        var isCandidate = User.IsInRole(Roles.Candidate);
        Items = [.. (await lists.ListAsync(userId, cancellation)).Select(e => new Item(e, TextOf(e), LinkOf(e, isCandidate), e.Notification.ReadAt is null,
            isCandidate && e.Notification.Kind == NotificationKind.ConsentExpiring && e.ConsentInForce))];
        await lists.MarkAllReadAsync(userId, cancellation);
    }

    /// <summary>One click from the reminder: the consent holds for another 90 days under the notice shown now.</summary>
    public async Task<IActionResult> OnPostRenewAsync(Guid id, CancellationToken cancellation)
    {
        if (!User.IsInRole(Roles.Candidate) || await users.GetUserAsync(User) is not { } candidate)
            return NotFound();
        return await grants.RenewAsync(candidate, id, notices.Current(CultureInfo.CurrentUICulture), cancellation)
            ? RedirectToPage(new { renewed = id })
            : NotFound();
    }

    private string TextOf(NotificationLists.Entry e)
    {
        var opening = e.Opening ?? l["one of your openings"];
        var candidate = e.SharedName.Length > 0 ? e.SharedName : l["A candidate who withdrew"];
        return e.Notification.Kind switch
        {
            NotificationKind.ApplicationReceived => l["{0} applied to “{1}”.", candidate, opening],
            NotificationKind.ConsentRevoked => l["A candidate who applied to “{0}” revoked their consent.", opening],
            NotificationKind.StatusChanged => l["{0} changed the status of your application to: {1}.", e.Company,
                Notifier.StatusText(l, Enum.TryParse<ShortlistStatus>(e.Notification.Detail, out var status) ? status : ShortlistStatus.New)],
            NotificationKind.ConsentExpiring => l["Your consent for {0} ends within a week.", e.Company],
            _ => User.IsInRole(Roles.Candidate) ? l["{0} wrote you a message.", e.Company] : l["{0} wrote you a message.", candidate],
        };
    }

    private string? LinkOf(NotificationLists.Entry e, bool isCandidate)
    {
        var id = e.Notification.ConsentId;
        if (isCandidate)
            return e.Notification.Kind == NotificationKind.ConsentExpiring ? null : Url.Page("/Candidate/Applications/Messages", new { id });
        return e.ConsentInForce && e.Notification.Kind != NotificationKind.ConsentRevoked ? Url.Page("/Recruiter/Messages", new { consentId = id }) : null;
    }
}
