using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PortfolioEval.Accounts;
using PortfolioEval.Notifications;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Notifications;

namespace PortfolioEval.Web.Pages.Notifications;

/// <summary>Each kind of notification the person's role gets, on or off (on by default). Off: no email and no entry in the list.</summary>
public class PreferencesModel(NotificationLists lists, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>The kinds left on; every offered kind not in it is turned off.</summary>
    [BindProperty] public List<NotificationKind> On { get; set; } = [];

    public IReadOnlyList<NotificationKind> Offered { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        Offered = OfferedKinds();
        var off = await lists.TurnedOffAsync(User.Id(), cancellation);
        On = [.. Offered.Where(k => !off.Contains(k))];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        Offered = OfferedKinds();
        await lists.ChooseAsync(User.Id(), Offered, [.. Offered.Except(On)], cancellation);
        return RedirectToPage(new { saved = true });
    }

    public string TextOf(NotificationKind kind) => kind switch
    {
        NotificationKind.ApplicationReceived => l["A candidate applies to one of my company's openings"],
        NotificationKind.ConsentRevoked => l["A candidate revokes their consent"],
        NotificationKind.StatusChanged => l["A company changes the status of my application"],
        NotificationKind.ConsentExpiring => l["A consent I gave ends within a week"],
        _ => l["Someone writes to me about an application"],
    };

    private IReadOnlyList<NotificationKind> OfferedKinds() =>
        NotificationOptOut.KindsFor(User.IsInRole(Roles.Candidate), User.IsInRole(Roles.Recruiter) || User.IsInRole(Roles.CompanyAdmin));
}
