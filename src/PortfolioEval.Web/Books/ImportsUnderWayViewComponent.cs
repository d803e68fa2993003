using Microsoft.AspNetCore.Mvc;
using PortfolioEval.Web.Accounts;

namespace PortfolioEval.Web.Books;

/// <summary>The candidate's imports still running, or failed in the last day, on their home page: each links to its progress.</summary>
public sealed class ImportsUnderWayViewComponent(ImportJobs jobs) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await jobs.RecentAsync(UserClaimsPrincipal.Id(), HttpContext.RequestAborted));
}
