using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PortfolioEval.Accounts;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Messaging;
using PortfolioEval.Notifications;
using PortfolioEval.Recruiting;
using PortfolioEval.Web.Email;
using PortfolioEval.Web.Links;

namespace PortfolioEval.Web.Notifications;

/// <summary>
/// Tells people what happened to an application: an entry in their notifications list and an email through the outbox,
/// for every kind they have not turned off. One method an event, called where the event happens. An email names the
/// company, the opening or the name the candidate shows, never an address of the other side, and links to the portal.
/// Each email is written in its recipient's language (<see cref="RecipientLanguage"/>), whoever caused it.
/// </summary>
public sealed class Notifier(PortfolioDbContext db, IEmailSender sender, PublicBaseUrl baseUrl, IStringLocalizer<SharedResource> l,
    RecipientLanguage languages, TimeProvider clock)
{
    /// <summary>An email's subject and first paragraph, composed in whichever language is current when it is called.</summary>
    private sealed record Letter(string Subject, string Text);

    /// <summary>To the company's recruiters: a candidate applied (or shared a report directly).</summary>
    public async Task ApplicationReceivedAsync(CandidateConsent consent, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var about = await AboutAsync(consent, cancellation);
        await TellAsync(await RecruitersOfAsync(consent.CompanyId, cancellation), NotificationKind.ApplicationReceived, consent.Id, "",
            () => new Letter(l["New application: {0}", about.Opening ?? about.Company],
                l["{0} applied to “{1}” and shared the report of a client book.", consent.SharedName, about.Opening ?? l["one of your openings"]]),
            RecruiterThread(consent.Id), cancellation);
    }

    /// <summary>To the candidate: the company moved their application.</summary>
    public async Task StatusChangedAsync(CandidateConsent consent, ShortlistStatus status, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var about = await AboutAsync(consent, cancellation);
        await TellAsync([consent.CandidateId], NotificationKind.StatusChanged, consent.Id, status.ToString(),
            () => new Letter(l["Your application to {0} moved on", about.Company],
                l["{0} changed the status of your application{1} to: {2}.", about.Company, ForOpening(about.Opening), StatusText(l, status)]),
            "/Candidate/Applications", cancellation);
    }

    /// <summary>To the candidate: the consent ends within a week; the link opens the page whose one button renews it.</summary>
    public async Task ExpiringAsync(CandidateConsent consent, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var about = await AboutAsync(consent, cancellation);
        await TellAsync([consent.CandidateId], NotificationKind.ConsentExpiring, consent.Id, "",
            () => new Letter(l["Your consent for {0} ends soon", about.Company],
                l["Your consent for {0} to see your report{1} ends on {2} (UTC). To keep it for another 90 days, renew it with one click:", about.Company,
                    ForOpening(about.Opening), consent.ExpiresAt.UtcDateTime.ToString("d", System.Globalization.CultureInfo.CurrentCulture)]),
            "/Candidate/Consents/Renew/" + consent.Id.ToString("D"), cancellation);
    }

    /// <summary>To the company's recruiters: the candidate revoked the consent, so the report and the thread are closed.</summary>
    public async Task RevokedAsync(CandidateConsent consent, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var about = await AboutAsync(consent, cancellation);
        await TellAsync(await RecruitersOfAsync(consent.CompanyId, cancellation), NotificationKind.ConsentRevoked, consent.Id, "",
            () => new Letter(l["A candidate revoked their consent"],
                l["A candidate who applied to “{0}” revoked their consent: their report, contact details and messages are no longer available to you.", about.Opening ?? l["one of your openings"]]),
            "/Notifications", cancellation);
    }

    /// <summary>To the other side of the thread: the candidate, or the company's recruiters. The message's text is in the email; no address is.</summary>
    public async Task MessageAsync(CandidateConsent consent, ApplicationMessage message, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(consent);
        ArgumentNullException.ThrowIfNull(message);
        var about = await AboutAsync(consent, cancellation);
        if (message.FromCandidate)
            await TellAsync(await RecruitersOfAsync(consent.CompanyId, cancellation), NotificationKind.MessageReceived, consent.Id, "",
                () => new Letter(l["New message from {0}", consent.SharedName],
                    l["{0} wrote about “{1}”:", consent.SharedName, about.Opening ?? about.Company] + "\n\n" + message.Body + "\n\n" + l["Reply in the portal:"]),
                RecruiterThread(consent.Id), cancellation);
        else
            await TellAsync([consent.CandidateId], NotificationKind.MessageReceived, consent.Id, "",
                () => new Letter(l["New message from {0}", about.Company],
                    l["{0} wrote about your application{1}:", about.Company, ForOpening(about.Opening)] + "\n\n" + message.Body + "\n\n" + l["Reply in the portal:"]),
                "/Candidate/Applications/Messages/" + consent.Id.ToString("D"), cancellation);
    }

    /// <summary>What the status is called on the candidate's and the recruiter's pages.</summary>
    public static string StatusText(IStringLocalizer l, ShortlistStatus status)
    {
        ArgumentNullException.ThrowIfNull(l);
        return status switch
        {
            ShortlistStatus.Shortlisted => l["Shortlisted"],
            ShortlistStatus.Interviewing => l["Interviewing"],
            ShortlistStatus.Rejected => l["Not selected"],
            ShortlistStatus.Hired => l["Hired"],
            _ => l["Received"],
        };
    }

    private static string RecruiterThread(Guid consentId) => "/Recruiter/Messages/" + consentId.ToString("D");

    private string ForOpening(string? opening) => opening is null ? "" : l[" for “{0}”", opening];

    private sealed record About(string Company, string? Opening);

    private async Task<About> AboutAsync(CandidateConsent consent, CancellationToken cancellation)
    {
        var company = await db.HiringCompanies.Where(c => c.Id == consent.CompanyId).Select(c => c.Name).SingleAsync(cancellation);
        var opening = consent.OpeningId is { } openingId
            ? await db.Openings.Where(o => o.Id == openingId).Select(o => o.Title).SingleOrDefaultAsync(cancellation)
            : null;
        return new About(company, opening);
    }

    private async Task<IReadOnlyList<string>> RecruitersOfAsync(Guid companyId, CancellationToken cancellation) =>
        await (from user in db.Users
               where user.HiringCompanyId == companyId
               join userRole in db.UserRoles on user.Id equals userRole.UserId
               join role in db.Roles on userRole.RoleId equals role.Id
               where role.Name == Roles.Recruiter || role.Name == Roles.CompanyAdmin
               select user.Id).Distinct().ToListAsync(cancellation);

    private async Task TellAsync(IReadOnlyList<string> userIds, NotificationKind kind, Guid consentId, string detail,
        Func<Letter> compose, string portalPath, CancellationToken cancellation)
    {
        if (userIds.Count == 0)
            return;
        var optedOut = await db.NotificationOptOuts.Where(o => o.Kind == kind && userIds.Contains(o.UserId)).Select(o => o.UserId).ToListAsync(cancellation);
        var told = userIds.Except(optedOut, StringComparer.Ordinal).ToList();
        if (told.Count == 0)
            return;
        var now = clock.GetUtcNow();
        foreach (var userId in told)
            db.Notifications.Add(new Notification(userId, kind, consentId, detail, now));
        await db.SaveChangesAsync(cancellation);

        var recipients = await db.Users.Where(u => told.Contains(u.Id) && u.Email != null).Select(u => new { Email = u.Email!, u.Language }).ToListAsync(cancellation);
        foreach (var recipient in recipients)
            await sender.SendAsync(Write(recipient.Email, recipient.Language), cancellation);

        EmailMessage Write(string to, string? language)
        {
            using var _ = languages.Use(language);
            var letter = compose();
            var body = letter.Text + "\n" + baseUrl.To(portalPath) + "\n\n" + l["You can turn these emails off on your notification preferences page:"] + "\n"
                       + baseUrl.To("/Notifications/Preferences") + "\n";
            return new EmailMessage(to, letter.Subject, body);
        }
    }
}
