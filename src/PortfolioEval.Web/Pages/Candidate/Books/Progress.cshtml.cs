using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortfolioEval.Books;
using PortfolioEval.Web.Accounts;
using PortfolioEval.Web.Books;

namespace PortfolioEval.Web.Pages.Candidate.Books;

/// <summary>Step three of an import: the rows are read in the background while this page shows how far it got.</summary>
public class ProgressModel(ImportJobs queue, BookTexts texts, TimeProvider clock) : PageModel
{
    public ImportJob Job { get; private set; } = null!;

    /// <summary>The upload is still there, so a failed import can be tried again without uploading the file again.</summary>
    public bool UploadKept { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellation)
    {
        var job = await queue.FindAsync(User.Id(), id, cancellation);
        if (job is null)
            return NotFound();
        if (job is { State: ImportJobState.Succeeded, BookId: { } bookId })
            return RedirectToPage("Summary", new { id = bookId });
        Job = job;
        UploadKept = job.State == ImportJobState.Failed && await queue.UploadKeptAsync(job, cancellation);
        return Page();
    }

    /// <summary>The job's state for the page's script, polled every second or so.</summary>
    public async Task<IActionResult> OnGetStatusAsync(Guid id, CancellationToken cancellation)
    {
        var job = await queue.FindAsync(User.Id(), id, cancellation);
        if (job is null)
            return NotFound();
        Response.Headers.CacheControl = "no-store";
        return new JsonResult(new
        {
            state = job.State.ToString(),
            phase = PhaseText(job),
            // While running: when the import is given up as interrupted if this node stops renewing its claim.
            givenUpAt = job.State == ImportJobState.Running ? job.LeaseExpiresAt : null,
            rowsRead = job.RowsRead,
            expectedRows = job.ExpectedRows,
            percent = job.Percent,
            rows = texts.RowsRead(job.RowsRead, job.ExpectedRows),
            // Where to go once it is over: the summary, or this page, which then explains the failure.
            next = job.State switch
            {
                ImportJobState.Succeeded => Url.Page("Summary", new { id = job.BookId }),
                ImportJobState.Failed => Url.Page("Progress", new { id }),
                _ => null,
            },
        });
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken cancellation)
    {
        var job = await queue.FindAsync(User.Id(), id, cancellation);
        if (job is null)
            return NotFound();
        await queue.RetryAsync(job, cancellation);
        return RedirectToPage(new { id });
    }

    /// <summary>What the import is doing; while saving, also until when at most, since no progress shows then.</summary>
    public string PhaseText(ImportJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job is { State: ImportJobState.Running, Phase: ImportPhase.Saving, LeaseExpiresAt: { } until }
            ? texts.Saving(until - clock.GetUtcNow())
            : texts.Phase(job.Phase);
    }

    public string Failure => texts.Failure(Job.Failure ?? ImportFailure.Unexpected, Job.BookError);
}
