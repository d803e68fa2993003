using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PortfolioEval.Data;
using PortfolioEval.Privacy;
using PortfolioEval.Web.Privacy;

namespace PortfolioEval.Web.Pages.Admin;

/// <summary>The retention setting, who is warned and when their books go, and a button to run the job now.</summary>
public class RetentionModel(
    PortfolioDbContext db,
    RetentionJob job,
    IOptions<RetentionOptions> options,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record WarnedRow(string Email, string DisplayName, DateTimeOffset WarnedAt, DateTimeOffset ErasedOn);

    [BindProperty] public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public RetentionPolicy Policy { get; private set; } = null!;
    public IReadOnlyList<WarnedRow> Warned { get; private set; } = [];
    public int DueForWarning { get; private set; }
    public int DueForErasure { get; private set; }
    public RetentionPass? Pass { get; private set; }
    public double IntervalMinutes => Math.Round(options.Value.Interval.TotalMinutes, 1);

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        await LoadAsync(cancellation);
        Input = new InputModel { InactiveMonths = Policy.InactiveMonths, WarningDays = Policy.WarningDays };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        var policy = await db.RetentionPolicy.SingleAsync(cancellation);
        if (ModelState.IsValid && Input.WarningDays > RetentionPolicy.MaxWarningDays(Input.InactiveMonths))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.WarningDays)}",
                l["The warning must come within the inactivity period: at most {0} days for {1} months.", RetentionPolicy.MaxWarningDays(Input.InactiveMonths), Input.InactiveMonths]);
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellation);
            var page = Page();
            page.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return page;
        }
        policy.Change(Input.InactiveMonths, Input.WarningDays, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellation);
        return RedirectToPage(new { saved = true });
    }

    public async Task OnPostRunAsync(CancellationToken cancellation)
    {
        Pass = await job.RunOnceAsync(cancellation);
        await LoadAsync(cancellation);
        Input = new InputModel { InactiveMonths = Policy.InactiveMonths, WarningDays = Policy.WarningDays };
    }

    private async Task LoadAsync(CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        Policy = await db.RetentionPolicy.AsNoTracking().SingleAsync(cancellation);
        var due = (await RetentionCandidates.MaybeDueAsync(db, Policy, now, cancellation)).Select(c => c.Next(Policy, now)).ToList();
        DueForWarning = due.Count(step => step == RetentionStep.Warn);
        DueForErasure = due.Count(step => step == RetentionStep.EraseBooks);
        Warned = [.. (await RetentionCandidates.WarnedAsync(db, cancellation))
            .Select(c => new WarnedRow(c.Email, c.DisplayName, c.RetentionWarnedAt!.Value, c.ErasureDate(Policy)!.Value))];
    }

    public sealed class InputModel
    {
        [Range(RetentionPolicy.MinInactiveMonths, RetentionPolicy.MaxInactiveMonths, ErrorMessage = "The {0} field must be between {1} and {2}.")]
        [Display(Name = "Months without signing in")]
        public int InactiveMonths { get; set; }

        [Range(1, RetentionPolicy.MaxInactiveMonths * 28, ErrorMessage = "The {0} field must be between {1} and {2}.")]
        [Display(Name = "Days of warning")]
        public int WarningDays { get; set; }
    }
}
