using System.Globalization;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PortfolioEval.Consent;
using PortfolioEval.Data;
using PortfolioEval.Web.Consent;
using PortfolioEval.Web.Privacy;

namespace PortfolioEval.Web.Pages.Admin;

/// <summary>
/// The record of processing activities (GDPR Art. 30) as an auditor reads it: the text is Privacy/Processing.md; facts
/// that can change are read from where they are set (the retention policy, the consent's longest duration, the lockout
/// and key ring settings), so the record never says something the portal does not do; the rest follows PRIVACY.md.
/// </summary>
public class ProcessingModel(
    PortfolioDbContext db,
    IOptions<ControllerOptions> controller,
    IOptions<IdentityOptions> identity,
    IOptions<KeyManagementOptions> keys,
    PrivacyNotice notice,
    ProcessingRecord record,
    TimeProvider clock) : PageModel
{
    public ControllerOptions Controller => controller.Value;
    public string NoticeVersion => notice.Version;
    public DateTimeOffset AsOf { get; private set; }

    /// <summary>The processing activities, from Privacy/Processing.md in the page's language.</summary>
    public string ActivitiesHtml { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        AsOf = clock.GetUtcNow();
        var policy = await db.RetentionPolicy.AsNoTracking().SingleAsync(cancellation);
        var lockout = identity.Value.Lockout;
        ActivitiesHtml = record.Html(CultureInfo.CurrentUICulture, new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["InactiveMonths"] = policy.InactiveMonths,
            ["WarningDays"] = policy.WarningDays,
            ["ConsentDays"] = CandidateConsent.MaxDuration.TotalDays,
            ["KeyLifetimeDays"] = keys.Value.NewKeyLifetime.TotalDays,
            ["MaxFailedAttempts"] = lockout.MaxFailedAccessAttempts,
            ["LockoutMinutes"] = lockout.DefaultLockoutTimeSpan.TotalMinutes,
        });
    }
}
