using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PortfolioEval.Data;

namespace PortfolioEval.Web.Pages.Admin;

/// <summary>The admin's home: a way into each admin page, with its headline number.</summary>
public class IndexModel(PortfolioDbContext db) : PageModel
{
    public int Companies { get; private set; }
    public int Users { get; private set; }
    public int InactiveMonths { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        Companies = await db.HiringCompanies.CountAsync(cancellation);
        Users = await db.Users.CountAsync(cancellation);
        InactiveMonths = await db.RetentionPolicy.Select(p => p.InactiveMonths).SingleAsync(cancellation);
    }
}
