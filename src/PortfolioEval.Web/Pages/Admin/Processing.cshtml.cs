using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Web.Consent;
using PortfolioEval.Web.Privacy;

namespace PortfolioEval.Web.Pages.Admin;

/// <summary>
/// The record of processing activities (GDPR Art. 30) as an auditor reads it. Facts that can change are read from where
/// they are set (the retention policy, the consent's longest duration, the lockout and key ring settings), so the record
/// never says something the portal does not do; the rest follows PRIVACY.md.
/// </summary>
public class ProcessingModel(
    PortfolioDbContext db,
    IOptions<ControllerOptions> controller,
    IOptions<IdentityOptions> identity,
    IOptions<KeyManagementOptions> keys,
    PrivacyNotice notice,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record Activity(
        string Name, string Purpose, string LegalBasis, string Subjects, string Data,
        string Recipients, string Transfers, string Retention, string Security);

    public ControllerOptions Controller => controller.Value;
    public string NoticeVersion => notice.Version;
    public DateTimeOffset AsOf { get; private set; }
    public IReadOnlyList<Activity> Activities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        AsOf = clock.GetUtcNow();
        var policy = await db.RetentionPolicy.AsNoTracking().SingleAsync(cancellation);
        var (months, warningDays) = (policy.InactiveMonths, policy.WarningDays);
        var consentDays = CandidateConsent.MaxDuration.TotalDays;
        var keyDays = keys.Value.NewKeyLifetime.TotalDays;
        var lockout = identity.Value.Lockout;
        var none = l["None outside the operator's hosting."];

        Activities =
        [
            new(l["Accounts"],
                l["Give each person an account with their own pages, log them in, and stop password guessing."],
                l["Performance of the service the person asks for (Art. 6(1)(b))."],
                l["Candidates, recruiters, company admins and administrators."],
                l["Email address, chosen name, password hash, role, hiring company, failed login count and lockout time, creation date, last sign-in and retention warning dates. Of hiring companies: name, country, sector and invitation code."],
                l["The person; administrators; for recruiters, the other recruiters of their company."],
                none,
                l["Until the person erases the account. Inactivity erases client books, not the account."],
                l["Passwords hashed with PBKDF2-HMAC-SHA512 (210,000 iterations, salted); {0} failed attempts lock the account for {1} minutes; email confirmation; login answers never tell whether an account exists.", lockout.MaxFailedAccessAttempts, lockout.DefaultLockoutTimeSpan.TotalMinutes]),
            new(l["Client-book import and scoring"],
                l["Read the client book a candidate uploads, show how it was read, and score it into a report with an action plan."],
                l["Legitimate interest of the candidate in showing their professional track record (Art. 6(1)(f)), limited by pseudonymisation, encryption and non-disclosure."],
                l["The candidate's clients and their contact persons; candidates."],
                l["Per client: sector, contact type, product, city, country, last contact and update dates, deal value and currency, balance, days overdue and number of purchases, with pseudonyms instead of names, contacts, emails, phones, tax ids and addresses. The uploaded file, the import summary and the rejected-rows list. Notes and ignored columns are not kept."],
                l["Only the candidate."],
                none,
                l["Until the candidate deletes the book or the account, or the book is erased after {0} months without signing in. An upload never mapped is deleted after one day.", months],
                l["Books are read in memory, never written to temporary files; logs hold counts, never a value from a book; everything stored is encrypted (see pseudonymisation and encryption)."]),
            new(l["Pseudonymisation and encryption"],
                l["Keep client books readable by their candidate only and their clients unidentifiable: data protection by design and security of processing (Art. 25 and 32)."],
                l["Part of the processing it protects (Art. 6(1)(f)), as Art. 25 and 32 require."],
                l["The candidate's clients; candidates."],
                l["A secret of 256 random bits per candidate; keyed codes of client identifiers; client numbers by pseudonym; saved column mappings."],
                l["Nobody."],
                none,
                l["Until the candidate's account is erased; the secret is destroyed first."],
                l["Per-candidate secrets wrapped by ASP.NET Core DataProtection, whose key ring is encrypted at rest (AES-256-GCM) under the operator's master key and renewed every {0} days; HKDF-SHA256 derives an AES-256-GCM data key and an HMAC-SHA256 pseudonym key; data encrypted in 64 KiB chunks bound to their book, kind and position.", keyDays]),
            new(l["Sharing with hiring companies under consent"],
                l["Let the recruiters of one hiring company see the scored report of one client book, for an opening, while the candidate consents."],
                l["The candidate's consent (Art. 6(1)(a)), which they may revoke at any time (Art. 7(3)); recorded with a consent receipt (Kantara v1.1)."],
                l["Candidates; their clients only as aggregate scores."],
                l["The name the candidate chooses to show; the report scored for the company or opening, without clients, pseudonyms or sector texts as typed; the consent: company, opening, purpose, dates, privacy notice version and receipt."],
                l["The recruiters of the hiring company the candidate chose."],
                none,
                l["A consent lasts at most {0} days, less if the candidate chooses; the shared report is deleted when it ends. Erasing the account withdraws every consent and removes the name shown and the receipt.", consentDays],
                l["The shared report is encrypted under the candidate's key (AES-256-GCM) and bound to its consent; access is decided from the database on every request, and a company without consent is told the report does not exist."]),
            new(l["Access log"],
                l["Tell candidates which company looked at their report, and when (accountability, Art. 5(2))."],
                l["Legitimate interest of candidates and operator in accountability (Art. 6(1)(f))."],
                l["Recruiters; candidates."],
                l["Recruiter, company, consent, book, action (view, compare, export, status change) and time. No client data."],
                l["The candidate concerned."],
                none,
                l["Until the candidate's account is erased."],
                l["Entries are written once and never changed: the application has no way to edit or delete one."]),
            new(l["Retention and erasure"],
                l["Keep client books no longer than needed (storage limitation, Art. 5(1)(e)) and erase them on request (Art. 17)."],
                l["Legal obligation (Art. 6(1)(c)): storage limitation and the right to erasure."],
                l["Candidates and their clients."],
                l["Date of the last sign-in and of the retention warning; the books erased."],
                l["Nobody."],
                none,
                l["Client books are erased after {0} months without signing in, after an email warning {1} days before; signing in cancels it. The account stays.", months, warningDays],
                l["Crypto-shredding (the candidate's secret destroyed first on account erasure); deleted content overwritten with zeros and the write-ahead log folded back; no book erased without a warning sent at least {0} days earlier.", warningDays]),
            new(l["Email"],
                l["Account messages: email confirmation, password reset, lockout notice, retention warning and erasure notice."],
                l["Performance of the service (Art. 6(1)(b)); the retention messages, the storage limitation above (Art. 6(1)(c))."],
                l["Every account holder."],
                l["Email address, chosen name and the message, with its links."],
                l["The mail server the operator configures."],
                none,
                l["Not kept by the portal once handed to the mail server; in outbox mode, as files in the data folder until the operator deletes them."],
                l["SMTP with STARTTLS; links carry time-limited tokens; no message tells whether another account exists."]),
        ];
    }
}
